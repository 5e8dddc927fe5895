"""Transcript shapes of the thirty-first probe round: a header's keys with a sentence under them and no blank line
between ("Interviewer: David Oyelaran / Recorded 17 March 2004, which was a Tuesday."), or a turn printed without a
colon ("Q. Where did you train?"); a Greek title naming a woman in the accusative over her initials ("ΜΠ:"); the
Swedish "Intervjuobjekt:" and "Intervjuad:". Each test says what the TEI holds and that it is valid tei_all; the
guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, convert_checked as _convert, text_of, turns, write as _write, main_title as _title,
    participant_roles as _roles, creation_when as _when, creation_place as _place,
)


def _headnote(root) -> list[str]:
    return [text_of(p) for p in root.iterfind(f".//{T}front/{T}div[@type='headnote']/{T}p")]


# -- keys, then a sentence without a blank line ---------------------------------------------------------------------

_TURNS = {
    "en": "\n\nOYELARAN: You brought a letter.\n\nELLISON: I did.\n\nOYELARAN: Please read it.\n\nELLISON: Dear Mother.\n",
    "de": "\n\nWEBER: Frau Bauer, wo sind Sie geboren?\n\nBAUER: In Görlitz.\n\nWEBER: Und Ihre Eltern?\n\nBAUER: Aus Schlesien.\n",
    "id": "\n\nSiti: Bapak lahir di mana?\n\nBudi: Di Kotagede.\n\nSiti: Apa pekerjaan ayah Bapak?\n\nBudi: Pengrajin perak.\n",
    "cy": "\n\nAM: When did you go underground?\n\nTR: At fifteen.\n\nAM: Your father?\n\nTR: A miner too.\n",
    "ja": "\n\n佐藤：お生まれはどちらですか。\n\n山田：東京です。\n\n佐藤：ご両親は？\n\n山田：父は大工でした。\n",
    "hi": "\n\nअनीता शर्मा: आपका जन्म कहाँ हुआ?\n\nरमेश चंद्र तिवारी: इलाहाबाद में।\n\nअनीता शर्मा: आपके पिता क्या करते थे?"
          "\n\nरमेश चंद्र तिवारी: वे अध्यापक थे।\n",
    "ru": "\n\nИС: Где вы родились?\n\nАП: В Казани.\n\nИС: А родители?\n\nАП: Отец был врачом.\n",
}


@pytest.mark.parametrize("head, turns_of, title, expected, headnote, when, place", [
    # the title swallowed "Interviewee: Margaret Ellison", the interviewer's key and the sentence were the headnote
    ("WESTERN FRONT LETTERS PROJECT\nInterviewee: Margaret Ellison\nInterviewer: David Oyelaran\n"
     "Recorded 17 March 2004, which was a Tuesday.", "en", "WESTERN FRONT LETTERS PROJECT",
     {"spk-ellison": ("interviewee", "Margaret Ellison"), "spk-oyelaran": ("interviewer", "David Oyelaran")},
     ["Recorded 17 March 2004, which was a Tuesday."], "2004-03-17", None),
    ("Zeitzeugenarchiv Görlitz\nInterviewte: Erna Bauer\nInterviewer: Jonas Weber\n"
     "Das Gespräch fand am 3. Mai 2001 in ihrer Wohnung statt.", "de", "Zeitzeugenarchiv Görlitz",
     {"spk-bauer": ("interviewee", "Erna Bauer"), "spk-weber": ("interviewer", "Jonas Weber")},
     ["Das Gespräch fand am 3. Mai 2001 in ihrer Wohnung statt."], "2001-05-03", None),
    # the keys under "Wawancara dengan …" were a headnote paragraph, "Siti:" a participant of her own
    ("Wawancara dengan Budi Santoso\nPewawancara: Siti Rahma\nTanggal: 17 Agustus 2015\nTempat: Yogyakarta\n"
     "Wawancara ini direkam di rumah beliau di Kotagede.", "id", "Wawancara dengan Budi Santoso",
     {"spk-santoso": ("interviewee", "Budi Santoso"), "spk-rahma": ("interviewer", "Siti Rahma")},
     ["Wawancara ini direkam di rumah beliau di Kotagede."], "2015-08-17", "Yogyakarta"),
    # no title, the sentences over two lines: the keys were two turns of "Interviewee" and "Interviewer"
    ("Interviewee: Tom Rees\nInterviewer: Alys Morgan\nTom worked at the Tower colliery for thirty years.\n"
     "He died in 2015.", "cy", None,
     {"spk-rees": ("interviewee", "Tom Rees"), "spk-morgan": ("interviewer", "Alys Morgan")},
     ["Tom worked at the Tower colliery for thirty years. He died in 2015."], None, None),
    # Japanese: the keys' full names are unspaced ("山田太郎"), the sentence opens with a digit and ends with "。"
    ("オーラルヒストリー・プロジェクト\n話し手：山田太郎\n聞き手：佐藤花子\n2019年4月10日、東京の自宅にて収録した。", "ja",
     "オーラルヒストリー・プロジェクト", {"spk-山田太郎": ("interviewee", "山田太郎"), "spk-佐藤花子": ("interviewer", "佐藤花子")},
     ["2019年4月10日、東京の自宅にて収録した。"], "2019-04-10", None),  # (round 32: the sentence dates the recording)
    # Hindi: "साक्षात्कारदाता" (the one who gives the interview) is the interviewee's key, "।" ends the sentence, and
    # the label of three words ("रमेश चंद्र तिवारी:") is one (his answers were the interviewer's turns)
    ("मौखिक इतिहास परियोजना\nसाक्षात्कारदाता: रमेश चंद्र तिवारी\nसाक्षात्कारकर्ता: अनीता शर्मा\n"
     "यह साक्षात्कार उनके घर पर रिकॉर्ड किया गया।", "hi", "मौखिक इतिहास परियोजना", None,
     ["यह साक्षात्कार उनके घर पर रिकॉर्ड किया गया।"], None, None),
    ("Проект устной истории\nРеспондент: Анна Петрова\nИнтервьюер: Иван Смирнов\n"
     "Интервью записано 5 мая 2010 года в Казани.", "ru", "Проект устной истории", None,
     ["Интервью записано 5 мая 2010 года в Казани."], None, None),
])
def test_a_sentence_under_the_keys_is_the_headnote(tmp_path, tei_all, head, turns_of, title, expected, headnote, when,
                                                    place):
    _, root = _convert(_write(tmp_path, head + _TURNS[turns_of]), tei_all)
    if title:
        assert _title(root) == title
    if expected:
        assert _roles(root) == expected
    else:  # (names in a script whose ids the tests do not spell)
        roles = _roles(root)
        assert sorted(role for role, _ in roles.values()) == ["interviewee", "interviewer"]
        assert all(name in head for _, name in roles.values())
    assert _headnote(root) == headnote
    assert (_when(root), _place(root)) == (when, place)
    assert len(turns(root)) == 4
    assert not any(label.startswith(("Interview", "Pewawancara")) for _, label, _ in turns(root))
    roles = _roles(root)
    interviewee = next(ident[4:] for ident, (role, _) in roles.items() if role == "interviewee")
    assert [who for who, _, _ in turns(root)][1::2] == [interviewee] * 2


def test_a_turn_without_a_colon_under_the_keys_is_a_turn(tmp_path, tei_all):
    # "Q. Where did you train?" under the keys, no blank line between: the title took "Narrator: Helen Park", the
    # interviewer's key was the headnote and "A." named nobody
    text = ("Oral History of Nursing\nNarrator: Helen Park\nInterviewer: Grace Liu\nQ. Where did you train?\n\n"
            "A. At St Thomas's, from 1956.\n\nQ. Was it strict?\n\nA. Very.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "Oral History of Nursing"
    assert _roles(root) == {"spk-park": ("interviewee", "Helen Park"), "spk-liu": ("interviewer", "Grace Liu")}
    assert [(who, said) for who, _, said in turns(root)] == [
        ("liu", "Where did you train?"), ("park", "At St Thomas's, from 1956."), ("liu", "Was it strict?"),
        ("park", "Very.")]
    assert _headnote(root) == []


def test_a_sentence_between_keys_is_the_headnote(tmp_path, tei_all):
    # the keys were turns of "Interviewee" and "Interviewer", the sentence and the date's key the interviewer's words
    text = ("Interviewee: Gwen Price\nInterviewer: Huw Jenkins\nThe interview was conducted in Welsh and translated.\n"
            "Date: 3 May 2001\n\nHJ: Where were you born?\n\nGP: In Bala.\n\nHJ: And your parents?\n\nGP: Farmers.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-price": ("interviewee", "Gwen Price"), "spk-jenkins": ("interviewer", "Huw Jenkins")}
    assert _headnote(root) == ["The interview was conducted in Welsh and translated."]
    assert _when(root) == "2001-05-03"
    assert [who for who, _, _ in turns(root)] == ["jenkins", "price"] * 2


def test_a_sentence_over_a_turn_is_not_taken_from_its_block(tmp_path):
    # guard: under the sentence "Host: Welcome back, everyone." is a turn, no key: the block is not split there
    from tei_edition.readers.text import RawBlock, _keys_then_sentence

    block = RawBlock("Interviewee: Gwen Price\nInterviewer: Huw Jenkins\nThe tape was damaged at the start.\n"
                     "Host: Welcome back, everyone.", 1)
    assert _keys_then_sentence(block) is None


def test_the_recorded_sentence_keeps_no_place(tmp_path):
    # guard: "…, which was a Tuesday." names no place (round 15's guard, the block now read as keys)
    text = ("WESTERN FRONT LETTERS PROJECT\nInterviewee: Margaret Ellison\nInterviewer: David Oyelaran\n"
            "Recorded 17 March 2004, which was a Tuesday." + _TURNS["en"])
    _, root = _convert(_write(tmp_path, text))
    assert not list(root.iter(T + "placeName"))


def test_a_value_wrapped_in_lower_case_is_no_sentence(tmp_path):
    # guard: "to London in 1968." goes on the summary's value; it is not cut off the block as a headnote sentence
    text = ("Interviewee: Ruth Adebayo\nInterviewer: Simon Clarke\nSummary: Her journey from Lagos\nto London in 1968."
            "\n\nCLARKE: When did you come?\n\nADEBAYO: In 1968.\n\nCLARKE: Alone?\n\nADEBAYO: With my sister.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "to London in 1968." not in _headnote(root)
    # (round 32: the wrapped value is the summary's, the block the header's keys, where the keys were turns)
    assert text_of(root.find(f".//{T}note[@n='summary']")) == "Her journey from Lagos to London in 1968."
    assert _roles(root)["spk-clarke"] == ("interviewer", "Simon Clarke")


def test_a_labelled_turn_under_the_keys_stays_a_turn(tmp_path, tei_all):
    # guard: "Dana Cole: Welcome …" has a colon, a turn's: it is not taken from the block as a sentence
    text = ("Evening Programme\nInterviewer: Dana Cole\nInterviewee: Sam Hart\nDana Cole: Welcome to the programme, Sam."
            "\n\nSam Hart: Thank you for having me.\n\nDana Cole: Where did you grow up?\n\nSam Hart: In Leeds.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[0] == ("cole", "Dana Cole", "Welcome to the programme, Sam.")
    assert "Welcome to the programme, Sam." not in _headnote(root)


# -- a Greek title over the interviewee's initials -------------------------------------------------------------------

def test_a_greek_title_names_a_woman_her_initials_label(tmp_path, tei_all):
    # "ΜΠ:" was a participant of its own ("Interview with ΜΠ") under "Συνέντευξη με τη Μαρία Παπαδοπούλου"
    text = ("Συνέντευξη με τη Μαρία Παπαδοπούλου\nΣυνεντεύκτρια: Ελένη Γεωργίου\nΗμερομηνία: 14 Μαρτίου 2011\n"
            "Τόπος: Θεσσαλονίκη\n\nΕΓ: Πού γεννηθήκατε;\n\nΜΠ: Στη Θεσσαλονίκη, το 1938.\n\nΕΓ: Οι γονείς σας;\n\n"
            "ΜΠ: Πρόσφυγες από τη Σμύρνη.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    roles = _roles(root)
    assert sorted(roles.values()) == [("interviewee", "Μαρία Παπαδοπούλου"), ("interviewer", "Ελένη Γεωργίου")]
    interviewee = next(ident for ident, (role, _) in roles.items() if role == "interviewee")
    assert [who for who, _, _ in turns(root)][1::2] == [interviewee[4:]] * 2


def test_a_greek_mans_accusative_is_not_taken_for_his_name(tmp_path):
    # guard: "τον Γιώργο Παπαδάκη" is the accusative; his initials do not say the nominative's endings, so the name
    # is not given as printed
    text = ("Συνέντευξη με τον Γιώργο Παπαδάκη\nΣυνεντεύκτρια: Ελένη Γεωργίου\nΗμερομηνία: 14 Μαρτίου 2011\n\n"
            "ΕΓ: Πού γεννηθήκατε;\n\nΓΠ: Στα Χανιά.\n\nΕΓ: Οι γονείς σας;\n\nΓΠ: Αγρότες.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "Γιώργο Παπαδάκη" not in {name for _, name in _roles(root).values()}


# -- Swedish keys of the interviewee -----------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["Intervjuobjekt", "Intervjuad"])
def test_a_swedish_interviewee_key(tmp_path, tei_all, key):
    # the title swallowed "Intervjuobjekt: Karin Lund", and "KL:" was "Interview with KL"
    text = (f"Svenska folklivsarkivet\n{key}: Karin Lund\nIntervjuare: Per Holm\nDatum: 12 juni 1987\nPlats: Umeå\n\n"
            "PH: Var föddes du?\n\nKL: I Umeå, 1920.\n\nPH: Och din far?\n\nKL: Han var skogsarbetare.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "Svenska folklivsarkivet"
    assert _roles(root) == {"spk-lund": ("interviewee", "Karin Lund"), "spk-holm": ("interviewer", "Per Holm")}
    assert (_when(root), _place(root)) == ("1987-06-12", "Umeå")


def test_intervjuad_av_stays_the_interviewer(tmp_path):
    # guard: "Intervjuad av:" (interviewed by) is the interviewer's key, not the interviewee's
    text = ("Svenska folklivsarkivet\nIntervjuperson: Karin Lund\nIntervjuad av: Per Holm\nDatum: 12 juni 1987\n\n"
            "PH: Var föddes du?\n\nKL: I Umeå, 1920.\n\nPH: Och din far?\n\nKL: Han var skogsarbetare.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _roles(root) == {"spk-lund": ("interviewee", "Karin Lund"), "spk-holm": ("interviewer", "Per Holm")}


# -- a catalogue's fields on one line, semicolons between them -------------------------------------------------------

@pytest.mark.parametrize("head, expected, when, place", [
    # the line was a turn of "Interviewee" ("Ana Costa; Interviewer: João Pires; …"), "JP:" and "AC:" named nobody
    ("Interviewee: Ana Costa; Interviewer: João Pires; Date: 3 May 1999; Place: Porto\n",
     {"spk-costa": ("interviewee", "Ana Costa"), "spk-pires": ("interviewer", "João Pires")}, "1999-05-03", "Porto"),
    ("Entrevistado: Ana Costa; Entrevistador: João Pires\nData: 3 de maio de 1999; Local: Porto\n",
     {"spk-costa": ("interviewee", "Ana Costa"), "spk-pires": ("interviewer", "João Pires")}, "1999-05-03", "Porto"),
])
def test_fields_on_one_line_between_semicolons(tmp_path, tei_all, head, expected, when, place):
    text = head + "\nJP: Onde nasceu?\n\nAC: No Porto, em 1930.\n\nJP: E os seus pais?\n\nAC: Eram pescadores.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == expected
    assert (_when(root), _place(root)) == (when, place)
    assert [who for who, _, _ in turns(root)] == ["pires", "costa"] * 2


def test_a_semicolon_between_names_still_separates_people(tmp_path, tei_all):
    # guard: under a plural key a semicolon separates names, not fields; the date's field after it is one
    text = ("Interviewees: Ana Costa; Rui Costa\nInterviewer: João Pires; Date: 3 May 1999\n\nJP: Onde nasceram?\n\n"
            "AC: No Porto.\n\nRC: Eu também.\n\nJP: E depois?\n\nAC: Lisboa.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert sorted(name for _, name in _roles(root).values()) == ["Ana Costa", "João Pires", "Rui Costa"]
    assert _when(root) == "1999-05-03"


def test_a_word_and_colon_after_a_semicolon_in_a_turn_opens_no_field(tmp_path):
    # guard: "We met in Porto; place: the old market." is the interviewer's turn, not a header of two fields
    text = ("Interviewer: We met in Porto; place: the old market.\n\nInterviewee: Yes, in the spring.\n\n"
            "Interviewer: And then?\n\nInterviewee: We married.\n")
    _, root = _convert(_write(tmp_path, text))
    assert turns(root)[0][2] == "We met in Porto; place: the old market."
    assert len(turns(root)) == 4


def test_greetings_in_korean_or_kana_under_a_title_are_no_names(tmp_path):
    # guard: "면담자: 안녕하세요" / "구술자: 반갑습니다" under a title greet (five syllables, no name's), and "ようこそ" is kana:
    # the title's block is no header of unspaced full names
    from tei_edition.readers.metadata import metadata_block

    assert metadata_block(["구술 기록", "면담자: 안녕하세요", "구술자: 반갑습니다"]) is None
    assert metadata_block(["対談", "聞き手：ようこそ", "話し手：どうも"]) is None
    assert metadata_block(["구술 기록", "면담자: 김영희", "구술자: 박철수"]) == {
        "title": "구술 기록", "interviewer": "김영희", "interviewee": "박철수"}


# -- a label of three words in a script without capitals -------------------------------------------------------------

@pytest.mark.parametrize("text, labels", [
    ("अनीता शर्मा: आपका जन्म कहाँ हुआ?\n\nरमेश चंद्र तिवारी: इलाहाबाद में।\n\nअनीता शर्मा: आपके पिता क्या करते थे?\n\n"
     "रमेश चंद्र तिवारी: वे अध्यापक थे।\n", ["अनीता शर्मा", "रमेश चंद्र तिवारी"] * 2),
    ("سارة: أين ولدت؟\n\nمحمد علي حسن: في القاهرة.\n\nسارة: ووالدك؟\n\nمحمد علي حسن: كان نجارا.\n",
     ["سارة", "محمد علي حسن"] * 2),
])
def test_a_three_word_name_without_capitals_is_a_label(tmp_path, tei_all, text, labels):
    # the three words' turns ran on in the interviewer's
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [label for _, label, _ in turns(root)] == labels


def test_three_words_and_a_colon_said_once_are_no_label(tmp_path):
    # guard: "ومن ثم قال لي: …" inside an answer, said once and naming no one, stays the answer's words
    text = ("سارة: أين ولدت؟\n\nمحمد: في القاهرة.\nومن ثم قال لي: اذهب.\n\nسارة: ووالدك؟\n\nمحمد: كان نجارا.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [label for _, label, _ in turns(root)] == ["سارة", "محمد"] * 2
    assert "ومن ثم قال لي: اذهب." in turns(root)[1][2]


# -- two fields on one line, a pipe between them ----------------------------------------------------------------------

def test_two_piped_fields_under_a_title_are_keys(tmp_path, tei_all):
    # "Host: Jane Smith | Guest: Bob Lee" was the first turn, the host's, and "JANE:" / "BOB:" named nobody
    text = ("Episode 12: The Long Road Home\nHost: Jane Smith | Guest: Bob Lee\n\nJANE: Welcome, Bob.\n\n"
            "BOB: Thanks, Jane.\n\nJANE: Tell us about the road.\n\nBOB: It was long.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "Episode 12: The Long Road Home"
    assert _roles(root) == {"spk-smith": ("interviewer", "Jane Smith"), "spk-lee": ("interviewee", "Bob Lee")}
    assert [who for who, _, _ in turns(root)] == ["smith", "lee"] * 2


def test_two_piped_turns_are_no_keys(tmp_path):
    # guard: "Host: Welcome back | Guest: Thanks for having me" says, it names nobody: no header of two fields
    from tei_edition.readers.metadata import metadata_block

    assert metadata_block(["Episode 12: The Long Road", "Host: Welcome back | Guest: Thanks for having me"]) is None
    assert metadata_block(["Host: Welcome back | Guest: Thanks for having me"]) is None
