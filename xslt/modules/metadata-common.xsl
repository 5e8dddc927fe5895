<?xml version="1.0" encoding="UTF-8"?>
<!--
  metadata-common.xsl: what dc.xsl and mods.xsl share — reading the teiHeader (docs/encoding.md) into plain
  values: titles, participants and their roles, dates, the source publication, identifiers, rights.
  Only facts the header states are read; nothing is guessed (an absent field yields an empty sequence).

  Prefixes: mf: public functions of the metadata stylesheets, mfp: private ones, mm: modes.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:mf="urn:x-tei-edition:metadata"
    xmlns:mfp="urn:x-tei-edition:metadata-private"
    xmlns:mm="urn:x-tei-edition:metadata-modes"
    xmlns:f="urn:x-tei-edition:functions"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="capitals.xsl"/>

  <!--
    files: the TEI documents of the collection, as whitespace-separated URIs (file:///… with spaces
    percent-encoded), for the initial template "collection" of dc.xsl and mods.xsl.
  -->
  <xsl:param name="files" as="xs:string" select="''"/>

  <!-- collection-title: the collection's title (e.g. the edition title of edition.toml); none when empty. -->
  <xsl:param name="collection-title" as="xs:string" select="''"/>

  <!-- The TEI documents named by $files, in the order given. -->
  <xsl:function name="mf:collection-documents" as="document-node()*">
    <xsl:sequence select="tokenize(normalize-space($files), '\s+')[.] ! doc(.)"/>
  </xsl:function>

  <!-- ===== plain text of header and headnote content ===== -->

  <!-- Text as a reader sees it: quotation marks restored from q/@rend, whitespace normalised. -->
  <xsl:function name="mf:text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes ! (if (. instance of element()) then node() else .)" mode="mm:text"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <xsl:mode name="mm:text" on-no-match="text-only-copy"/>
  <xsl:template match="tei:q" mode="mm:text">
    <xsl:variable name="marks" as="xs:string+"
        select="if (@rend = 'double-straight') then ('&quot;', '&quot;')
                else if (@rend = 'single-curly') then ('‘', '’')
                else if (@rend = 'single-straight') then ('''', '''')
                else ('“', '”')"/>
    <xsl:sequence select="$marks[1]"/>
    <xsl:apply-templates mode="mm:text"/>
    <xsl:sequence select="$marks[2]"/>
  </xsl:template>
  <xsl:template match="tei:note | tei:anchor | tei:milestone" mode="mm:text"/>

  <!-- ===== the header, field by field ===== -->

  <xsl:function name="mf:header" as="element(tei:teiHeader)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/tei:TEI/tei:teiHeader"/>
  </xsl:function>

  <xsl:function name="mf:main-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="titles" select="mf:header($node)/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="mf:title(($titles[@type = 'main'], $titles[not(@type)], $titles)[1])"/>
  </xsl:function>

  <!-- A title's text as a catalogue gives it: printed in capitals, re-cased (capitals.xsl). -->
  <xsl:function name="mf:title" as="xs:string">
    <xsl:param name="title" as="element(tei:title)?"/>
    <xsl:sequence select="f:recased-title(mf:text($title), root($title)/tei:TEI/@xml:lang, $title)"/>
  </xsl:function>

  <!-- The subtitle, none where the main title says it already ("Interview with Eleanor Marsh" twice) -->
  <xsl:function name="mf:sub-title" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(mf:header($node)/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'])[1]
                          ! mf:text(.)[.][not(contains(lower-case(mf:main-title($node)), lower-case(.)))]"/>
  </xsl:function>

  <xsl:function name="mf:doc-id" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(mf:header($node)/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'document'])[1]
                          ! normalize-space()[.]"/>
  </xsl:function>

  <xsl:function name="mf:uri" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(mf:header($node)/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'])[1]
                          ! normalize-space()[.]"/>
  </xsl:function>

  <xsl:function name="mf:publishers" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="mf:header($node)/tei:fileDesc/tei:publicationStmt/(tei:publisher | tei:authority | tei:distributor)
                          ! mf:text(.)[.]"/>
  </xsl:function>

  <xsl:function name="mf:availability" as="element(tei:availability)*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="mf:header($node)/tei:fileDesc/tei:publicationStmt/tei:availability"/>
  </xsl:function>

  <!-- Interview dates (profileDesc/creation): ISO values from @when, or @from/@to as an interval. -->
  <xsl:function name="mf:creation-dates" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="mf:header($node)/tei:profileDesc/tei:creation//tei:date
                          ! (if (@when) then string(@when)
                             else if (@from and @to) then @from || '/' || @to
                             else ())"/>
  </xsl:function>

  <!-- Languages (BCP 47 / ISO 639-1 tags) with their names. -->
  <xsl:function name="mf:languages" as="element(tei:language)*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="mf:header($node)/tei:profileDesc/tei:langUsage/tei:language[normalize-space(@ident)]"/>
  </xsl:function>

  <xsl:function name="mf:source" as="element(tei:bibl)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(mf:header($node)/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'source'],
                           mf:header($node)/tei:fileDesc/tei:sourceDesc/tei:bibl)[1]"/>
  </xsl:function>

  <!-- The year or date of the source, as printed in a catalogue: "[2000?]" when the header marks it inferred. -->
  <xsl:function name="mf:source-date-display" as="xs:string?">
    <xsl:param name="bibl" as="element(tei:bibl)?"/>
    <xsl:variable name="date" select="$bibl/tei:date[1]"/>
    <xsl:variable name="value" select="($date/@when, $date/@notBefore, mf:text($date))[normalize-space()][1] ! string()"/>
    <xsl:sequence select="if (empty($value)) then ()
                          else if ($date/@cert = ('low', 'medium', 'unknown')) then '[' || $value || '?]'
                          else $value"/>
  </xsl:function>

  <!-- The source publication in one line: "Article title. Journal (ABBR), [2000?]". -->
  <xsl:function name="mf:source-citation" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="bibl" select="mf:source($node)"/>
    <xsl:variable name="article" select="($bibl/tei:title[@level = ('a', 'u')])[1] ! mf:title(.)[.]"/>
    <!-- (a journal's or a series' name in capitals is as printed: "EIR" is no word to re-case) -->
    <xsl:variable name="host" select="($bibl/tei:title[@level = ('j', 'm', 's')])[1] ! mf:text(.)[.]"/>
    <xsl:variable name="abbr" select="($bibl/tei:abbr)[1] ! mf:text(.)[.]"/>
    <xsl:variable name="publication" as="xs:string?"
        select="string-join((string-join(($host, $abbr ! ('(' || . || ')')), ' ')[.],
                             mf:source-date-display($bibl)), ', ')[.]"/>
    <xsl:sequence select="string-join(($article ! (if (matches(., '[.?!]$')) then . else . || '.'), $publication), ' ')[.]"/>
  </xsl:function>

  <!-- ===== participants ===== -->

  <xsl:function name="mf:participants" as="element(tei:person)*">
    <xsl:param name="node" as="node()"/>
    <!-- a persName[@type='unnamed'] is a stand-in for a person the source does not name: no name to catalogue -->
    <xsl:sequence select="mf:header($node)/tei:profileDesc/tei:particDesc//tei:person[tei:persName[1][not(@type = 'unnamed')]]"/>
  </xsl:function>

  <!-- Family and given name: from surname/forename when encoded, else the last word of a plain name is taken
       as the family name (the cataloguing convention for Western names); a one-word name has no given name. A name
       printed in capitals is re-cased (capitals.xsl), its parts as the whole. -->
  <xsl:function name="mf:name-parts" as="map(xs:string, xs:string)">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:variable name="name" select="$person/tei:persName[1]"/>
    <xsl:variable name="recased" select="f:recased-name(mf:text($name))"/>
    <xsl:choose>
      <xsl:when test="$name/tei:surname">
        <xsl:variable name="capitals" select="$recased ne mf:text($name)"/>
        <xsl:sequence select="map:merge((map{'family': mfp:name-part($name/tei:surname, $capitals)},
                                         $name/tei:forename[1] ! map{'given': mfp:name-part($name/tei:forename, $capitals)}))"
            xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="all" select="tokenize($recased, '\s+')"/>
        <!-- a leading term of address ("Mr. BRANDT", "Senator VOSS") is no given name (MODS: termsOfAddress) -->
        <xsl:variable name="address" select="$all[1][count($all) gt 1][mfp:is-term-of-address(.)]"/>
        <xsl:variable name="words" select="if (exists($address)) then $all[position() gt 1] else $all"/>
        <xsl:variable name="address-map" select="$address ! map{'address': .}"/>
        <xsl:sequence select="map:merge((
            (: one word, or an office with its article (The CHAIRMAN, a hearing’s label): no given name (cite.py’s
               split_name) :)
            if (count($words) le 1 or lower-case($words[1]) eq 'the') then map{'family': string-join($words, ' ')}
            (: Chinese, Japanese and Korean names put the family name first (山田 花子), as the converter reads them, and
               so do Vietnamese ones (Nguyễn Thị Lan), known by the letters only Vietnamese writes (cite.py's _VIETNAMESE) :)
            else if (matches($words[1], '[&#x3040;-&#x30FF;&#x3400;-&#x4DBF;&#x4E00;-&#x9FFF;&#xAC00;-&#xD7AF;&#xF900;-&#xFAFF;]')
                     or matches(string-join($words), '[&#x1A0;&#x1A1;&#x1AF;&#x1B0;&#x1EA0;-&#x1EB7;&#x1EBA;-&#x1ECB;&#x1ECE;-&#x1EF9;]'))
            then map{'family': $words[1], 'given': string-join($words[position() gt 1], ' ')}
            (: a Gaelic prefix written apart goes with the surname: Máire Ní Bhriain is filed Ní Bhriain, Máire (cite.py's
               GAELIC_PREFIXES) :)
            else if (count($words) gt 2 and $words[last() - 1] = ('Ó', 'Ní', 'Nic', 'Mac', 'Mhic', 'Uí', 'Ua', 'Mag'))
            then map{'family': string-join($words[position() ge last() - 1], ' '),
                     'given': string-join($words[position() lt last() - 1], ' ')}
            (: a name in Arabic script keeps the words bound to its family name (mfp:given-words) :)
            else if (matches($words[last()], $mfp:arabic-script))
            then let $given := mfp:given-words($words, count($words))
                 return map{'family': string-join($words[position() gt $given], ' '),
                            'given': string-join($words[position() le $given], ' ')}
            else map{'family': $words[last()], 'given': string-join($words[position() lt last()], ' ')},
            $address-map))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The text of a name's surname or forename(s), re-cased where the whole name is in $capitals. -->
  <xsl:function name="mfp:name-part" as="xs:string">
    <xsl:param name="parts" as="element()+"/>
    <xsl:param name="capitals" as="xs:boolean"/>
    <xsl:sequence select="if ($capitals) then f:recased-name(mf:text($parts)) else mf:text($parts)"/>
  </xsl:function>

  <!-- Titles and terms of address that precede a name in transcripts ("Mr. BRANDT", "Senator VOSS", "Colonel Martha
       Voss", "Det. Mark Ruiz", "Smt. Anjali Deshpande"); cite.py's TERMS_OF_ADDRESS and _MORE_TERMS_OF_ADDRESS,
       which the citations leave out of the name, are the same words. -->
  <xsl:variable name="mfp:terms-of-address" as="xs:string*" select="(
      'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
      'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'judge', 'justice', 'ambassador',
      'president', 'governor', 'mayor', 'minister', 'chairman', 'chairwoman', 'chair', 'commissioner', 'councillor',
      'herr', 'frau', 'mme', 'mlle', 'sr', 'sra', 'srta', 'sig', 'sig.ra', 'pan', 'pani', 'bw', 'bi',
      'colonel', 'col', 'general', 'gen', 'major', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'admiral', 'coach',
      'det', 'detective', 'insp', 'inspector', 'supt', 'superintendent', 'constable', 'shri', 'shrimati', 'smt', 'kumari',
      'hon', 'rabbi', 'fr', 'msgr')"/>

  <xsl:function name="mfp:is-term-of-address" as="xs:boolean">
    <xsl:param name="word" as="xs:string"/>
    <xsl:sequence select="$word = 'M.' or lower-case(replace($word, '\.$', '')) = $mfp:terms-of-address"/>
  </xsl:function>

  <!-- A name in Arabic script (Arabic, Persian, Urdu) is inverted with the Arabic comma, as a catalogue gives a
       heading in the script ("نصر الله، إبراهيم"), and its family name keeps the words bound to it: a word before it
       such as أبو, عبد, بن, آل (أبو هواش) and, the second word of a compound, الله or الدين (نصر الله); as
       tei_edition.cite does. -->
  <xsl:variable name="mfp:arabic-script" as="xs:string" select="'[&#x600;-&#x6FF;&#x750;-&#x77F;&#x8A0;-&#x8FF;&#xFB50;-&#xFDFF;&#xFE70;-&#xFEFF;]'"/>
  <xsl:variable name="mfp:bound-before" as="xs:string+" select="('أبو', 'ابو', 'أبي', 'أبا', 'عبد', 'بن', 'ابن', 'بنت', 'آل', 'ذو')"/>
  <xsl:variable name="mfp:bound-after" as="xs:string+" select="('الله', 'الدين')"/>

  <!-- How many of $words are the given name, the family name starting at $start: one word at least. -->
  <xsl:function name="mfp:given-words" as="xs:integer">
    <xsl:param name="words" as="xs:string*"/>
    <xsl:param name="start" as="xs:integer"/>
    <xsl:sequence select="if ($start gt 2 and ($words[$start] = $mfp:bound-after or $words[$start - 1] = $mfp:bound-before))
                          then mfp:given-words($words, $start - 1) else $start - 1"/>
  </xsl:function>

  <!-- "Mizin, Viktor"; "Brandt, Mr." (a term of address after the name, as in a catalogue heading); "نصر الله،
       إبراهيم" (the Arabic comma in Arabic script); a name in Thai, Lao, Burmese or Khmer script as written, as RDA
       records a Thai name (under the given name, "สมศรี ใจดี", by which its bearer is known) and a Burmese one (no
       family name), tei_edition.cite's _DIRECT_ORDER. A name whose surname is marked keeps its parts. -->
  <xsl:function name="mf:inverted-name" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:variable name="parts" select="mf:name-parts($person)"/>
    <xsl:sequence select="
        if (matches($parts?family, '[&#xE00;-&#xEFF;&#x1000;-&#x109F;&#x1780;-&#x17FF;]') and empty($person/tei:persName[1]/tei:surname))
        then string-join(($parts?given[.], $parts?family), ' ')
        else string-join(($parts?family, $parts?given[.], $parts?address),
                         if (matches($parts?family, $mfp:arabic-script)) then '، ' else ', ')"/>
  </xsl:function>

  <!-- A participant's role; an interviewer where nobody is interviewee (a focus group, a phone-in) moderated: MARC's
       "mod", "a performer ... leading a program ... that includes other guests" (the citations: "Moderated by"). -->
  <xsl:function name="mf:role" as="xs:string?">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:variable name="role" select="$person/@role ! normalize-space()[.] ! tokenize(.)[1]"/>
    <xsl:sequence select="if ($role = 'interviewer' and not($person/ancestor::tei:particDesc//tei:person/@role/tokenize(.) = 'interviewee'))
                          then 'moderator' else $role"/>
  </xsl:function>

  <!-- MARC relator codes (https://id.loc.gov/vocabulary/relators) for the roles the converter writes. -->
  <xsl:variable name="mf:relators" as="map(xs:string, map(xs:string, xs:string))" select="map{
      'interviewee': map{'code': 'ive', 'term': 'Interviewee'},
      'interviewer': map{'code': 'ivr', 'term': 'Interviewer'},
      'translator':  map{'code': 'trl', 'term': 'Translator'},
      'editor':      map{'code': 'edt', 'term': 'Editor'},
      'transcriber': map{'code': 'trc', 'term': 'Transcriber'},
      'speaker':     map{'code': 'spk', 'term': 'Speaker'},
      'moderator':   map{'code': 'mod', 'term': 'Moderator'},
      'witness':     map{'code': 'wit', 'term': 'Witness'}}"/>

  <!-- Interviewees are the creators of an interview; every other participant contributes. -->
  <xsl:function name="mf:is-creator" as="xs:boolean">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:sequence select="mf:role($person) = 'interviewee'"/>
  </xsl:function>

  <xsl:function name="mf:affiliation" as="xs:string?">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:sequence select="($person/tei:affiliation)[1] ! mf:text(.)[.]"/>
  </xsl:function>

  <!-- The headnote of the source (front/div[@type='headnote']), as plain text. -->
  <xsl:function name="mf:headnote" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(root($node)/tei:TEI/tei:text/tei:front/tei:div[@type = 'headnote'])[1]
                          ! string-join(tei:p ! mf:text(.), ' ')[.]"/>
  </xsl:function>

  <!-- The collection's title: the collection-title parameter, else the edition title that every edition's project
       description begins with ("Interviews: TEI P5 archival masters of …", written from edition.toml). -->
  <xsl:function name="mf:collection-title" as="xs:string?">
    <xsl:param name="editions" as="element(tei:TEI)*"/>
    <xsl:variable name="each" as="xs:string*" select="$editions
        ! normalize-space(substring-before(string(mf:project-description(.)), ': TEI P5 archival masters'))"/>
    <xsl:variable name="stated" select="distinct-values($each)"/>
    <xsl:sequence select="(normalize-space($collection-title)[.],
                           $stated[count($stated) = 1][. ne ''])[1]"/>
  </xsl:function>

  <xsl:function name="mf:project-description" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(mf:header($node)/tei:encodingDesc/tei:projectDesc/tei:p)[1] ! mf:text(.)[.]"/>
  </xsl:function>

  <!-- The date of this edition's last change, only when the header records one (from SOURCE_DATE_EPOCH). -->
  <xsl:function name="mf:edition-date" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="max((mf:header($node)/tei:revisionDesc/tei:change/@when ! string())[.]) ! string()"/>
  </xsl:function>
</xsl:stylesheet>
