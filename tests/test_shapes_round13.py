"""Transcript shapes of the thirteenth probe round: labels and header keys in scripts that write vowel signs as marks
of their own (Devanagari, Thai); a meeting notetaker's "0:00 - Name (Org)" label lines; a radio transcript's first
label alone on its line with the speaker's role ("MARY LOUISE KELLY, HOST:"); Swedish, Polish, Czech, Turkish,
Finnish and Japanese title lines and header keys, a Polish or Czech title's name in the instrumental case; a place
and a date on one header line; dates with full stops between numbers; a Japanese interview's questions opening with a
doubled dash. Each test says what the TEI holds and that no word of the source is lost; the guard tests that a rule
does not fire on look-alike text."""

from __future__ import annotations

from tei_edition.dates import iso_date
from tei_edition.speakers import slug

from .converting import T, convert_checked as _convert, people as _people, text_of, turns as _turns, write as _write


def _creation(root) -> list[tuple[str | None, str]]:
    return [(d.get("when"), text_of(d)) for d in root.iter(T + "date") if d.getparent().tag == T + "creation"]


# -- Devanagari and Thai: vowel signs are part of a label's word -------------------------------------------------

HINDI = ("साक्षात्कार: श्रीमती कमला देवी\nसाक्षात्कारकर्ता: राहुल शर्मा\nदिनांक: 15 अगस्त 2016\n\n"
         "साक्षात्कारकर्ता: आपका जन्म कहाँ हुआ था?\n\nकमला देवी: इलाहाबाद में, 1940 में।\n\n"
         "साक्षात्कारकर्ता: बचपन की कोई याद?\n\nकमला देवी: गंगा किनारे मेला।\nतब पिताजी ने हमसे कहा: चलो।\n")


def test_devanagari_labels_and_header_keys(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, HINDI), tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("शर्मा", "साक्षात्कारकर्ता"), ("देवी", "कमला देवी"), ("शर्मा", "साक्षात्कारकर्ता"), ("देवी", "कमला देवी")]
    assert _people(root) == {"शर्मा": ("interviewer", "राहुल शर्मा"), "देवी": ("interviewee", "कमला देवी")}
    # the header's lines are no turns; a colon inside a turn after four words is text
    assert _turns(root)[-1][2] == "गंगा किनारे मेला। तब पिताजी ने हमसे कहा: चलो।"
    assert _creation(root) == [("2016-08-15", "15 अगस्त 2016")]


THAI = ("บทสัมภาษณ์ คุณสมศรี ใจดี\nผู้สัมภาษณ์: วิชัย ทองดี\nวันที่: 5 มีนาคม 2562\n\n"
        "ผู้สัมภาษณ์: คุณเกิดที่ไหนครับ\n\nผู้ให้สัมภาษณ์: ที่เชียงใหม่ค่ะ\n\n"
        "ผู้สัมภาษณ์: ยังทอผ้าอยู่ไหมครับ\n\nผู้ให้สัมภาษณ์: ยังค่ะ ทุกวัน\n")


def test_thai_role_labels(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, THAI), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["ทองดี", "ใจดี", "ทองดี", "ใจดี"]
    # the title names the interviewee, the honorific คุณ no part of the name
    assert _people(root) == {"ทองดี": ("interviewer", "วิชัย ทองดี"), "ใจดี": ("interviewee", "สมศรี ใจดี")}


def test_a_slug_keeps_vowel_signs_and_drops_accents():
    assert slug("राहुल शर्मा") == "राहुल-शर्मा"
    assert slug("ผู้ให้สัมภาษณ์") == "ผู้ให้สัมภาษณ์"
    # guard: accents and Hebrew points are left out as before
    assert slug("Nguyễn Văn Ánh") == "nguyen-van-anh"
    assert slug("שָׁלוֹם") == "שלום"


# -- a notetaker's label line under a timecode, a name with a remark -----------------------------------------------

NOTETAKER = ("Customer interview – Acme Logistics\n\n0:00 - Nora Blake (Acme Research)\n  Thanks for making time.\n\n"
             "0:09 - Diego Alvarez\n  Sure. Mondays are planning.\n\n0:21 - Nora Blake (Acme Research)\n  The worst fire?\n\n"
             "0:25 - Diego Alvarez\n  Carriers cancelling late.\n")


def test_a_name_with_a_remark_under_a_timecode_is_a_label(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, NOTETAKER), tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("blake", "Nora Blake (Acme Research)"), ("alvarez", "Diego Alvarez"),
        ("blake", "Nora Blake (Acme Research)"), ("alvarez", "Diego Alvarez")]
    assert _people(root)["blake"][1] == "Nora Blake"


def test_a_name_with_dates_in_brackets_once_is_no_label(tmp_path):
    # guard: a heading "Name (years)" printed once above a paragraph, in a label-line transcript, stays text
    text = ("INTERVIEWER\nWho was she?\n\nHUGHES\nMy aunt.\n\nAda Hughes (1901-1987)\nShe ran the mill shop.\n\n"
            "INTERVIEWER\nAnd then?\n\nHUGHES\nShe sold it.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [label for _, label, _ in _turns(root)] == ["INTERVIEWER", "HUGHES", "INTERVIEWER", "HUGHES"]
    assert "Ada Hughes (1901-1987)" in _turns(root)[1][2]


# -- a radio transcript's first label alone on its line, with its role ---------------------------------------------

RADIO = ("Farmers Brace For Another Dry Summer\n\nMARY LOUISE KELLY, HOST:\n\nAcross the Plains, the soil is dry. "
         "Frank Morris reports.\n\nFRANK MORRIS, BYLINE: On a windy morning, Dale Reimer kicks at the dirt.\n\n"
         "DALE REIMER: That should be dark.\n\nMORRIS: Reimer has farmed here for forty years.\n\n"
         "REIMER: You plant in faith.\n\nMORRIS: He cut back on fertilizer.\n\nREIMER: No sense feeding it.\n\n"
         "KELLY: That's Frank Morris.\n\nKELLY: And this is Morning Edition.\n")


def test_a_label_with_its_role_alone_on_its_line(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, RADIO), tei_all)
    found = _turns(root)
    assert found[0] == ("kelly", "MARY LOUISE KELLY, HOST", "Across the Plains, the soil is dry. Frank Morris reports.")
    assert [who for who, _, _ in found] == ["kelly", "morris", "reimer", "morris", "reimer", "morris", "reimer", "kelly",
                                            "kelly"]
    assert _people(root)["kelly"][0] == "interviewer"


def test_a_place_with_a_colon_alone_is_no_label(tmp_path):
    # guard: "Harbour Street, Leeds:" alone on its line, whose last word labels nobody, stays text
    text = ("SMITH: Where did you live?\n\nJONES: Near the docks.\n\nHarbour Street, Leeds:\n\nA row of six houses.\n\n"
            "SMITH: And after?\n\nJONES: We moved.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]
    assert "Harbour Street, Leeds: A row of six houses." in _turns(root)[1][2]


# -- title lines and header keys of Swedish, Turkish, Finnish, Polish, Czech and Japanese ---------------------------

def test_swedish_title_keys_and_labels(tmp_path, tei_all):
    text = ("Intervju med Anna Lindqvist\nIntervjuare: Lars Berg\nDatum: 14 mars 2019\nPlats: Umeå\n\n"
            "I: Var är du född?\n\nIP: I Skellefteå, 1948.\n\nI: Hur var det?\n\nIP: Kallt.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["berg", "lindqvist", "berg", "lindqvist"]
    assert _people(root) == {"lindqvist": ("interviewee", "Anna Lindqvist"), "berg": ("interviewer", "Lars Berg")}
    assert _creation(root) == [("2019-03-14", "14 mars 2019")]


def test_turkish_name_first_title_credit_and_place_date_line(tmp_path, tei_all):
    text = ("Ayşe Demir ile röportaj\nRöportaj: Mehmet Kaya\nİstanbul, 5 Haziran 2020\n\n"
            "Mehmet Kaya: Çocukluğunuz nerede geçti?\n\nAyşe Demir: Rize'de.\n\n"
            "Mehmet Kaya: Pişman oldunuz mu?\n\nAyşe Demir: Hiç.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root) == {"demir": ("interviewee", "Ayşe Demir"), "kaya": ("interviewer", "Mehmet Kaya")}
    assert _creation(root) == [("2020-06-05", "5 Haziran 2020")]
    assert root.find(f".//{T}titleStmt/{T}title").text == "Ayşe Demir ile röportaj"


def test_a_place_and_words_after_a_comma_is_no_date(tmp_path):
    # guard: "Paris, the city of my youth" under a key line is no place-and-date line: the block is no header
    text = ("Interview with Jane Doe\nInterviewer: Tom Roe\nParis, the city of my youth\n\n"
            "Tom Roe: Where?\n\nJane Doe: Paris.\n\nTom Roe: When?\n\nJane Doe: 1968.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _creation(root) == []


def test_finnish_and_japanese_colon_titles_name_the_interviewee(tmp_path, tei_all):
    text = "Haastattelu: Aino Virtanen\n\nHaastattelija: Missä olit?\n\nHaastateltava: Viipurissa.\n\nHaastattelija: Milloin?\n\nHaastateltava: 1940.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root)["virtanen"] == ("interviewee", "Aino Virtanen")
    text = "インタビュー：山田花子さん\n\nＱ：いつからですか。\n\nＡ：二十歳です。\n\nＱ：なぜ？\n\nＡ：祖父です。\n"
    _, root = _convert(_write(tmp_path, text, "ja.txt"), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["q", "山田花子", "q", "山田花子"]
    assert _people(root)["山田花子"] == ("interviewee", "山田花子")  # the honorific さん no part of the name


def test_polish_title_in_the_instrumental_names_the_label(tmp_path, tei_all):
    text = ("Wywiad z Janem Kowalskim\n\nNOWAK: Kiedy zaczął pan pracować?\n\nKOWALSKI: W 1970 roku.\n\n"
            "NOWAK: Pamięta pan grudzień?\n\nKOWALSKI: Pamiętam.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root)["kowalski"] == ("interviewee", "KOWALSKI")
    assert _people(root)["nowak"][0] == "interviewer"  # (round 17: the other speaker, who asks, is the interviewer)


def test_czech_title_in_the_instrumental_and_feminine_endings(tmp_path, tei_all):
    text = ("Rozhovor s Petrou Dvořákovou\n\nTazatel: Kdy jste začala?\n\nPetra Dvořáková: V roce 1990.\n\n"
            "Tazatel: A proč?\n\nPetra Dvořáková: Z lásky.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root)["dvorakova"] == ("interviewee", "Petra Dvořáková")


def test_an_instrumental_title_naming_nobody_labelled_names_no_one(tmp_path):
    # guard: the title's Jan Nowak is no label of the file: neither NOWICKA nor BRZEZIŃSKI is taken for him
    text = ("Rozmowa z Janem Nowakiem\n\nNOWICKA: Kiedy?\n\nBRZEZIŃSKI: W 1970.\n\nNOWICKA: Gdzie?\n\nBRZEZIŃSKI: W Gdańsku.\n")
    _, root = _convert(_write(tmp_path, text))
    # (round 19: NOWICKA, who asks, and BRZEZIŃSKI, who answers, are interviewer and interviewee by their turns)
    assert _people(root) == {"nowicka": ("interviewer", "NOWICKA"), "brzezinski": ("interviewee", "BRZEZIŃSKI")}


def test_czech_question_and_answer_words_beside_their_partner(tmp_path, tei_all):
    text = ("Rozhovor s Janem Novákem\nPtala se: Petra Dvořáková\nDatum: 3. 4. 2018\n\n"
            "Otázka: Kdy jste začal fotografovat?\n\nOdpověď: Asi ve dvanácti letech.\n\n"
            "Otázka: A dnes?\n\nOdpověď: Pořád lidi.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    people = _people(root)
    assert people["dvorakova"] == ("interviewer", "Petra Dvořáková")
    assert people["odpoved"][0] == "interviewee"
    assert [who for who, _, _ in _turns(root)] == ["dvorakova", "odpoved", "dvorakova", "odpoved"]
    assert _creation(root) == [("2018-04-03", "3. 4. 2018")]


def test_dates_with_full_stops_and_more_month_names():
    assert iso_date("21.9.2012") == "2012-09-21"
    assert iso_date("3. 4. 2018") == "2018-04-03"
    assert iso_date("12 maja 2015") == "2015-05-12"
    assert iso_date("5 Haziran 2020") == "2020-06-05"
    assert iso_date("14. května 2012") == "2012-05-14"
    assert iso_date("2021年4月10日") == "2021-04-10"
    assert iso_date("15 अगस्त 2016") == "2016-08-15"
    # guard: no month 13, no 31 February, no date without a year
    assert iso_date("1.13.2012") is None
    assert iso_date("31.02.2012") is None
    assert iso_date("12.5.") is None


# -- a Japanese interview's dashed questions ------------------------------------------------------------------------

JAPANESE = ("インタビュー：山田花子さん\n聞き手：編集部\n2021年4月10日\n\n――陶芸を始めたきっかけを教えてください。\n\n"
            "山田　祖父が窯元をやっていました。\n\n――ご自身の窯を開いたのはいつですか。\n\n山田　三十歳のときです。\n\n"
            "――これからの目標は。\n\n山田　若い人に教えることですね。\n")


def _unlabelled_turns(root) -> list[tuple[str, str | None, str]]:
    """(who, speaker as printed or None, text) of every turn, unlabelled turns among them."""
    return [(sp.get("who")[5:], None if sp.find(T + "speaker") is None else text_of(sp.find(T + "speaker")),
             " ".join(text_of(c) for c in sp if c.tag != T + "speaker")) for sp in root.iter(T + "sp")]


def test_dashed_questions_beside_named_answers(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, JAPANESE), tei_all)
    found = _unlabelled_turns(root)
    assert [(who, label) for who, label, _ in found] == [("編集部", None), ("山田花子", "山田")] * 3
    assert found[0][2] == "――陶芸を始めたきっかけを教えてください。"  # the dashes as printed
    assert _people(root) == {"山田花子": ("interviewee", "山田花子"), "編集部": ("interviewer", "編集部")}
    assert _creation(root) == [("2021-04-10", "2021年4月10日")]


def test_one_dashed_paragraph_or_a_labelled_interviewer_is_no_question(tmp_path):
    # guard: a paragraph opening with a doubled dash, once, stays the text of the turn before it
    text = "佐藤：　子供のころは？\n\n山田：　漁村です。\n\n――海がすべてでした。\n\n佐藤：　今は？\n\n山田：　たまに。\n"
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["佐藤", "山田", "佐藤", "山田"]
    # guard: where the interviewer has a label of its own, dashed paragraphs are the speakers' text
    text = ("聞き手：　子供のころは？\n\n山田：　漁村です。\n\n――朝は早く。\n\n聞き手：　今は？\n\n山田：　たまに。\n\n"
            "――体が覚えています。\n")
    _, root = _convert(_write(tmp_path, text, "b.txt"))
    assert [label for _, label, _ in _turns(root)] == ["聞き手", "山田", "聞き手", "山田"]


# -- an oral history's credit line, a chat log's nicknames -----------------------------------------------------------

def test_interviewed_by_on_a_title_block_line_names_the_interviewer(tmp_path, tei_all):
    text = ("ORAL HISTORY OF DOROTHY FLEMING\n\nInterviewed by James Carver\nSeptember 1987\n\n"
            "CARVER: Where were you born?\n\nFLEMING: In Dayton, Ohio.\n\nCARVER: Why nursing?\n\nFLEMING: My aunt.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root) == {"carver": ("interviewer", "James Carver"), "fleming": ("interviewee", "DOROTHY FLEMING")}


def test_interviewed_by_inside_a_turn_credits_nobody(tmp_path):
    # guard: the words in a turn are no credit line
    text = ("CARVER: Where were you born?\n\nFLEMING: Interviewed by Tom Reyes, I said Dayton.\n\n"
            "CARVER: Why nursing?\n\nFLEMING: My aunt.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "reyes" not in _people(root)
    # (round 19: one asks, the other answers, so interviewer and interviewee)
    assert _people(root) == {"carver": ("interviewer", "CARVER"), "fleming": ("interviewee", "FLEMING")}


IRC = ("Session log: interview with Linus Hartmann, #history-of-unix\n\n[21:02] <kbrown> thanks for joining\n"
       "[21:02] <lhartmann> happy to\n[21:03] <kbrown> when did you first use a unix machine?\n"
       "[21:04] <lhartmann> 1983, a PDP-11 in Karlsruhe\n[21:05] <kbrown> what did you run on it?\n"
       "[21:06] <lhartmann> mostly troff\n")


def test_a_chat_logs_nicknames_are_labels_and_a_handle_names_its_person(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, IRC), tei_all)
    found = _turns(root)
    assert [(who, label) for who, label, _ in found] == [("kbrown", "kbrown"), ("hartmann", "lhartmann")] * 3
    assert found[3][2] == "1983, a PDP-11 in Karlsruhe"
    assert _people(root)["hartmann"] == ("interviewee", "Linus Hartmann")


def test_a_sound_in_angle_brackets_and_a_handle_of_two_people(tmp_path):
    # guard: "<laughs>" opening lines is a sound, not a speaker named "laughs"
    text = ("SMITH: Where?\n\nJONES: Leeds.\n<laughs> Yes, Leeds.\n\nSMITH: When?\n\nJONES: 1950.\n"
            "<laughs> Or 1951.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]
    # guard: a handle that two listed people's names make is neither's
    text = ("Participants: Anna Berg, Arne Berg\n\n<aberg> hello\n<kim> hi\n<aberg> where?\n<kim> here\n")
    _, root = _convert(_write(tmp_path, text, "b.txt"))
    assert "aberg" in _people(root)


# -- a file in a legacy encoding: the hint names the encoding it reads as -------------------------------------------

def _refusal(data: bytes, encoding: str | None = None) -> str:
    from tei_edition.errors import InputError
    from tei_edition.textio import decode_transcript

    try:
        decode_transcript(data, "t.txt", encoding)
    except InputError as exc:
        return str(exc)
    raise AssertionError("not refused")


def test_the_refusal_of_a_legacy_encoding_names_the_one_it_reads_as():
    polish = "Wywiad: Zofia Wiśniewska\n\nP: Gdzie pani się urodziła?\n\nO: W Tarnowie, w 1932 roku.\n"
    assert "pass --encoding cp1250" in _refusal(polish.encode("cp1250"))
    japanese = "佐藤：　子供のころは漁村で育ちました。\n\n鈴木：　どんな暮らしでしたか。\n"
    assert "pass --encoding shift_jis" in _refusal(japanese.encode("shift_jis"))
    assert "pass --encoding gb18030" in _refusal("记者：你好，我们今天谈谈你的童年。\n\n答：好的。\n".encode("gb18030"))
    assert "pass --encoding euc-kr" in _refusal("면담자: 어디에서 태어나셨어요?\n\n구술자: 서울에서 태어났어요.\n".encode("euc-kr"))
    assert "pass --encoding cp1251" in _refusal("Интервьюер: Где вы родились?\n\nПетрова: В Москве.\n".encode("cp1251"))


def test_a_western_file_is_still_told_windows_1252():
    # guard: French and German accents read alike in Windows-1250 and 1252: the tie is Western
    french = "Q : Ça va très bien ? « Oui », dit-elle — über naïve.\n"
    assert "pass --encoding cp1252" in _refusal(french.encode("cp1252"))
    # guard: a wrong encoding given is reported as given, with no guess
    assert "not valid utf-8; if the file uses another encoding" in _refusal("Zażółć".encode("cp1250"), "utf-8")


def test_polish_p_and_o_labels_name_their_roles(tmp_path, tei_all):
    text = ("Przeprowadził: Piotr Zieliński\nKraków, 2 lutego 2009\n\nP: Gdzie pani się urodziła?\n\n"
            "O: W Tarnowie.\n\nP: A po wojnie?\n\nO: Szkoła.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["zielinski", "o", "zielinski", "o"]
    assert _people(root)["o"][0] == "interviewee"
    assert _creation(root) == [("2009-02-02", "2 lutego 2009")]


# -- a German headnote's noun before a name ----------------------------------------------------------------------------

def test_a_german_noun_after_an_article_is_no_part_of_the_name(tmp_path, tei_all):
    text = ("„Wir haben zu lange gewartet“\n\nEin Gespräch mit der Klimaforscherin Petra Schulz über Hitzesommer.\n\n"
            "SPIEGEL: Frau Schulz, war dieser Sommer eine Ausnahme?\n\nSchulz: Nein.\n\nSPIEGEL: Was gibt Hoffnung?\n\n"
            "Schulz: Die Jungen.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root)["schulz"][1] == "Petra Schulz"


def test_a_name_of_three_words_without_an_article_is_kept_whole(tmp_path):
    # guard: no article before the run: "Anna Maria Schulz" is her name
    text = ("Ein Gespräch mit Anna Maria Schulz über Hitzesommer.\n\nFrage: War dieser Sommer eine Ausnahme?\n\n"
            "Schulz: Nein.\n\nFrage: Was gibt Hoffnung?\n\nSchulz: Die Jungen.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _people(root)["schulz"][1] == "Anna Maria Schulz"


# -- a chat export's author lines -----------------------------------------------------------------------------------

DISCORD = ("Community history project: interview with Priya over Discord\n\n"
           "Marcus — 03/14/2023 7:02 PM\nThanks for doing this. When did you join?\n\n"
           "Priya — 03/14/2023 7:04 PM\nBack in 2017.\n\nMarcus — Today at 7:05 PM\nWhat kept you around?\n\n"
           "Priya — Today at 7:09 PM\nThe late-night voice chats.\n")


def test_a_chat_exports_author_lines_are_labels_printed_with_their_time(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, DISCORD), tei_all)
    assert _turns(root) == [
        ("marcus", "Marcus — 03/14/2023 7:02 PM", "Thanks for doing this. When did you join?"),
        ("priya", "Priya — 03/14/2023 7:04 PM", "Back in 2017."),
        ("marcus", "Marcus — Today at 7:05 PM", "What kept you around?"),
        ("priya", "Priya — Today at 7:09 PM", "The late-night voice chats."),
    ]


def test_a_dateline_once_is_no_author_line(tmp_path):
    # guard: a news story's dateline with a time, printed once above a Q&A, stays the headnote's
    text = ("INTERVIEWER\nWhere were you?\n\nHUGHES\nIn Oslo. I kept a diary.\n\nOslo — 03/14/2023 7:02 PM\n"
            "The minister spoke to reporters.\n\nINTERVIEWER\nAnd then?\n\nHUGHES\nWe waited.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["interviewer", "hughes", "interviewer", "hughes"]
    assert "Oslo — 03/14/2023 7:02 PM The minister" in _turns(root)[1][2]


# -- a broadcaster's copyright notice after the last turn ----------------------------------------------------------

def test_a_copyright_notice_with_a_publishers_boilerplate_is_editorial(tmp_path, tei_all):
    text = RADIO + ("\nCopyright © 2023 NPR. All rights reserved. Visit our website terms of use and permissions pages "
                    "at www.npr.org for further information.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    editorial = [text_of(div) for div in root.iter(T + "div") if div.get("type") == "editorial"]
    assert editorial == ["Copyright © 2023 NPR. All rights reserved. Visit our website terms of use and permissions "
                         "pages at www.npr.org for further information."]
    assert _turns(root)[-1][2] == "And this is Morning Edition."


def test_a_last_answer_that_opens_with_copyright_stays_speech(tmp_path):
    # guard: the first sentence is someone speaking ("we"): the last speaker's words
    text = RADIO + "\nCopyright 1998 was the year we won it. Our firm grew after that.\n"
    _, root = _convert(_write(tmp_path, text))
    assert not [div for div in root.iter(T + "div") if div.get("type") == "editorial"]
    assert _turns(root)[-1][2].endswith("Our firm grew after that.")


# -- a name in CJK script after "Interview with" -----------------------------------------------------------------

def test_a_name_in_cjk_script_after_interview_with_is_the_interviewee(tmp_path, tei_all):
    """The title line's name pattern wanted capitals, which CJK script has not: "Interview with 山田 花子" named
    nobody and the label "山田" became a participant of its own. The family name comes first: the label is it, and
    so is the id."""
    text = ("Interview with 山田 花子\n\nINTERVIEWER: When did you come to Osaka?\n\n山田: In 1962.\n\n"
            "INTERVIEWER: And your family?\n\n山田: They stayed in Kobe.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root)["山田"] == ("interviewee", "山田 花子")
    assert [who for who, _, _ in _turns(root)] == ["interviewer", "山田", "interviewer", "山田"]


def test_cjk_words_after_interview_with_that_run_on_are_no_name(tmp_path):
    # guard: the name must end its line (or stand before punctuation); a phrase running on names nobody
    text = ("Interview with 山田 花子 about her pottery\n\nINTERVIEWER: When?\n\nPOTTER: In 1962.\n\n"
            "INTERVIEWER: Where?\n\nPOTTER: Osaka.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "山田 花子" not in [name for _, name in _people(root).values()]
