<?xml version="1.0" encoding="UTF-8"?>
<!--
  functions.xsl: functions, keys and the plain-text mode shared by every module (and by the print edition).
  f: functions are public (print.xsl may call them), fp: ones are private to the HTML stylesheets.
  All functions take a node of the document and navigate from it, so they work on any document
  (no dependence on a global context item).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-tei-edition:functions"
    xmlns:fp="urn:x-tei-edition:private"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:m="urn:x-tei-edition:modes"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- Register entries by id (f:entry is called for every mention: a key keeps rendering linear). -->
  <xsl:key name="fp:entries" match="(tei:person | tei:org | tei:place)[ancestor::tei:standOff]" use="string(@xml:id)"/>

  <!-- Turns by participant id, a turn spoken together ("HAROLD AND JUNE": who="#spk-harold #spk-june") under each
       of its speakers: to show a participant's full name on their first turn only. -->
  <xsl:key name="fp:sp-by-who" match="tei:sp" use="tokenize(@who) ! substring-after(., '#')"/>

  <!-- ===== identifiers and URIs ===== -->

  <xsl:function name="f:doc-id" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="tei" select="root($node)/tei:TEI"/>
    <xsl:sequence select="string(($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'document'],
                                  $tei/@xml:id, 'document')[normalize-space()][1]) => normalize-space()"/>
  </xsl:function>

  <!-- The permalink of the document: see the base-uri parameter in params.xsl. -->
  <xsl:function name="f:permalink" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="declared" as="xs:string"
        select="string(root($node)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'][1])
                => normalize-space()"/>
    <xsl:sequence select="
        if (normalize-space($base-uri)) then
          (normalize-space($base-uri) ! (if (ends-with(., '/')) then . else . || '/')) || f:doc-id($node)
        else if ($declared) then $declared
        else f:doc-id($node) || '.html'"/>
  </xsl:function>

  <!-- The permalink of the document being rendered, computed once. -->
  <xsl:variable name="fp:permalink" as="xs:string" select="f:permalink(/)"/>

  <!-- The permalink of one citable element (sp, p, div): the document permalink + "#" + its id. -->
  <xsl:function name="f:fragment-permalink" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="(if (root($element) is $fp:document) then $fp:permalink else f:permalink($element)) || '#' || $element/@xml:id"/>
  </xsl:function>

  <xsl:function name="f:tei-href" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if (normalize-space($tei-download-href)) then $tei-download-href
                          else f:doc-id($node) || '.xml'"/>
  </xsl:function>

  <!-- ===== authority files ===== -->

  <!-- A URL for an authority idno, built from a bare id (Q1246, 12345) or repaired from a full URL.
       Empty when the type is unknown and the value is not a URL. Never doubles the scheme
       ("https://https//…", a known bug of other tools). -->
  <xsl:function name="f:authority-url" as="xs:string?">
    <xsl:param name="idno" as="element(tei:idno)"/>
    <xsl:variable name="value" select="normalize-space($idno)"/>
    <xsl:variable name="type" select="lower-case(normalize-space($idno/@type))"/>
    <!-- strip every leading "http://", "https://", "https//" … so the scheme is written exactly once (the regular
         expression only for values that start so: one costs SaxonC ≈ 2 µs, matched or not, see fp:only) -->
    <xsl:variable name="bare" select="if (starts-with(lower-case($value), 'http')) then replace($value, '^(https?:?/+)+', '', 'i')
                                      else $value"/>
    <xsl:sequence select="
        if ($bare ne $value or starts-with($value, 'www.')) then 'https://' || $bare
        else if ($type = 'wikidata' and starts-with($value, 'Q') and fp:only(substring($value, 2), '0123456789')) then 'https://www.wikidata.org/wiki/' || $value
        else if ($type = 'viaf' and fp:only($value, '0123456789')) then 'https://viaf.org/viaf/' || $value
        else if ($type = 'gnd' and fp:only($value, '0123456789Xx-')) then 'https://d-nb.info/gnd/' || $value
        else if ($type = 'geonames' and fp:only($value, '0123456789')) then 'https://www.geonames.org/' || $value
        else if ($type = ('uri', 'url')) then ()
        else ()"/>
  </xsl:function>

  <!-- Whether $text is not empty and made of $characters only: what "^[…]+$" matches, without a regular
       expression (SaxonC spends ≈ 2 µs on any replace, matches or tokenize with a pattern, ≈ 0.1 µs on translate;
       the functions called once per name, entry or paragraph avoid them). -->
  <xsl:function name="fp:only" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="characters" as="xs:string"/>
    <xsl:sequence select="$text ne '' and translate($text, $characters, '') eq ''"/>
  </xsl:function>

  <!-- "Wikidata Q1246", "VIAF 102333412", "GND 118540238": the text of an authority link. -->
  <xsl:function name="f:authority-label" as="xs:string">
    <xsl:param name="idno" as="element(tei:idno)"/>
    <xsl:variable name="type" select="lower-case(normalize-space($idno/@type))"/>
    <xsl:variable name="value" select="normalize-space($idno)"/>
    <xsl:variable name="id" select="if (contains($value, '/')) then tokenize(replace($value, '/+$', ''), '/')[last()] else $value"/>
    <xsl:variable name="source" select="
        if ($type = 'wikidata') then 'Wikidata' else if ($type = 'viaf') then 'VIAF'
        else if ($type = 'gnd') then 'GND' else if ($type = 'geonames') then 'GeoNames'
        else if ($type) then $type else 'Authority record'"/>
    <xsl:sequence select="$source || ' ' || $id"/>
  </xsl:function>

  <!-- ===== names and the register ===== -->

  <xsl:function name="fp:ref-id" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="substring-after(tokenize(normalize-space($name/@ref))[1], '#')"/>
  </xsl:function>

  <!-- The standOff entry (person, org, place) a name points at, if the document has it. -->
  <xsl:function name="f:entry" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="id" select="fp:ref-id($name)"/>
    <xsl:sequence select="if ($id) then key('fp:entries', $id, root($name))[1] else ()"/>
  </xsl:function>

  <!-- A linked mention: a name with a resolvable @ref, outside the title page and headings (titles are not linked). -->
  <xsl:function name="f:is-mention" as="xs:boolean">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="exists(f:entry($name)) and empty($name/ancestor::tei:titlePage) and empty($name/ancestor::tei:head)"/>
  </xsl:function>

  <!-- Every linked mention of a register entry, in document order. -->
  <xsl:function name="f:mentions" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="if (not(normalize-space($entry/@xml:id))) then ()
                          else if (root($entry) is $fp:document) then $fp:mentions-by-entry(string($entry/@xml:id))
                          else fp:linked-mentions(root($entry))[fp:ref-id(.) eq string($entry/@xml:id)]"/>
  </xsl:function>

  <!-- "{scope-id}-m{n}": the HTML id of a mention, n counting the linked mentions of its scope from 1.
       Looked up in a map built once per document (computing each id alone is quadratic in the mentions). -->
  <xsl:function name="f:mention-id" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="(if (root($name) is $fp:document) then $fp:mention-ids else fp:mention-ids(root($name)))
                          (generate-id($name))"/>
  </xsl:function>

  <xsl:variable name="fp:document" as="document-node()" select="/"/>

  <!-- generate-id(mention) → mention id, for every linked mention (f:is-mention) of the document. The HTML
       templates test membership in this map instead of calling f:is-mention, f:entry and f:mention-id for each
       name: a stylesheet function call costs about a microsecond in SaxonC, and these add up per mention. -->
  <xsl:variable name="fp:mention-ids" as="map(xs:string, xs:string)" select="fp:mention-ids(/)"/>

  <!-- The linked mentions (f:is-mention) of the document being rendered by entry id, found in one pass over its names:
       the entry a name points at is the group it goes in (its first pointer read with string functions, as names.xsl
       reads it: tokenize() cost SaxonC ≈ 0.6 µs more a name). And the same in document order, as fp:mention-ids
       numbers them. f:mentions answers from both; other documents' mentions are found when asked for
       (fp:linked-mentions). -->
  <xsl:variable name="fp:mentions-by-entry" as="map(xs:string, element()*)">
    <xsl:map>
      <xsl:for-each-group select="/tei:TEI/tei:text//(tei:persName | tei:orgName | tei:placeName)[@ref]
                                  [empty(ancestor::tei:titlePage) and empty(ancestor::tei:head)]"
          group-by="let $refs := normalize-space(@ref)
                    return substring-after(if (contains($refs, ' ')) then substring-before($refs, ' ') else $refs, '#')">
        <xsl:if test="current-grouping-key() and map:contains($fp:entries-by-id, current-grouping-key())">
          <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <xsl:variable name="fp:mentions" as="element()*" select="$fp:mentions-by-entry?*/."/>

  <!-- The register entries the text mentions, in document order: the page's cards and its JSON-LD's mentions. -->
  <xsl:variable name="fp:mentioned-entries" as="element()*"
      select="/tei:TEI/tei:standOff//(tei:person | tei:org | tei:place)[map:contains($fp:mentions-by-entry, string(@xml:id))]"/>

  <xsl:function name="fp:linked-mentions" as="element()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="entries" select="if ($doc is $fp:document) then $fp:entries-by-id else fp:entries-by-id($doc)"/>
    <!-- f:is-mention written out: one pass, no function call per name (nor tokenize(), see $fp:mentions-by-entry) -->
    <xsl:sequence select="$doc/tei:TEI/tei:text//(tei:persName | tei:orgName | tei:placeName)[@ref]
        [empty(ancestor::tei:titlePage) and empty(ancestor::tei:head)]
        [let $refs := normalize-space(@ref), $id := substring-after(if (contains($refs, ' ')) then substring-before($refs, ' ') else $refs, '#')
         return $id and map:contains($entries, $id)]"/>
  </xsl:function>

  <!-- Register entries by id, as key('fp:entries') finds them, in a map; the document's made once. fp:linked-mentions
       asks for every name with a @ref: a key() call costs SaxonC ≈ 0.85 µs, a map lookup ≈ 0.3, and the key's index
       (a pass over the whole document) is then not built for the page at all. -->
  <xsl:variable name="fp:entries-by-id" as="map(xs:string, element())" select="fp:entries-by-id(/)"/>

  <xsl:function name="fp:entries-by-id" as="map(xs:string, element())">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="map:merge($doc//(tei:person | tei:org | tei:place)[ancestor::tei:standOff] ! map:entry(string(@xml:id), .),
                                    map{'duplicates': 'use-first'})"/>
  </xsl:function>

  <xsl:function name="fp:mention-ids" as="map(xs:string, xs:string)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="mentions" select="if ($doc is $fp:document) then $fp:mentions else fp:linked-mentions($doc)"/>
    <xsl:variable name="doc-id" select="f:doc-id($doc)"/>
    <xsl:map>
      <xsl:for-each-group select="$mentions" group-by="generate-id((ancestor::*[@xml:id][1], $doc/*)[1])">
        <xsl:variable name="prefix" select="(ancestor::*[@xml:id][1]/@xml:id, $doc-id)[1]"/>
        <xsl:for-each select="current-group()">
          <xsl:map-entry key="generate-id(.)" select="$prefix || '-m' || position()"/>
        </xsl:for-each>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- Name, description, index heading, sort key and authority URLs of every register entry of the document,
       computed once: generate-id(entry) → [name, description, index heading, sort key, the URL of each idno ("" for
       one without)]. The index, its sort, the cards and the JSON-LD all ask for them. -->
  <xsl:variable name="fp:entry-texts" as="map(xs:string, array(xs:string*))">
    <xsl:map>
      <xsl:for-each select="/tei:TEI/tei:standOff//(tei:person | tei:org | tei:place)">
        <xsl:variable name="name" select="fp:entry-name(.)"/>
        <xsl:variable name="heading" select="if (self::tei:person[tei:persName[@type = 'surname'] or tei:persName[1]/tei:surname])
                                             then fp:index-name(., $name) else $name"/>
        <xsl:map-entry key="generate-id(.)" select="[$name, fp:entry-description(.), $heading, f:index-key($heading),
                                                          tei:idno ! string(f:authority-url(.))]"/>
      </xsl:for-each>
    </xsl:map>
  </xsl:variable>

  <xsl:function name="f:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="($fp:entry-texts(generate-id($entry))?1[root($entry) is $fp:document], fp:entry-name($entry))[1]"/>
  </xsl:function>

  <xsl:function name="f:entry-description" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="($fp:entry-texts(generate-id($entry))?2[root($entry) is $fp:document], fp:entry-description($entry))[1]"/>
  </xsl:function>

  <xsl:function name="fp:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="f:plain(($entry/(tei:persName | tei:orgName | tei:placeName))[1])"/>
  </xsl:function>

  <!-- A person's years as an index prints them after the name, from the register's birth and death (their @when,
       else @notBefore/@notAfter; the year only): "(1931–2014)", "(b. 1950)", "(d. 1980)", else floruit "(fl. 1990–2010)";
       empty where the register gives none. -->
  <xsl:function name="f:life-years" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="year" select="function($e as element()?) as xs:string? {
      ($e/(@when, @notBefore, @notAfter, @from) ! fp:year(.))[1] }"/>
    <xsl:variable name="born" select="$year($entry/tei:birth[1])"/>
    <xsl:variable name="died" select="$year($entry/tei:death[1])"/>
    <xsl:variable name="active" select="$entry/tei:floruit[1]"/>
    <xsl:sequence select="
      if ($born and $died) then '(' || $born || '–' || $died || ')'
      else if ($born) then '(b. ' || $born || ')'
      else if ($died) then '(d. ' || $died || ')'
      else if ($active and $year($active)) then '(fl. ' || string-join(($year($active), fp:year($active/@to)), '–') || ')'
      else ()"/>
  </xsl:function>

  <!-- The year of a TEI date attribute ("1999" of "1999-07-01", "-0044" of "-0044-03-15"), if it has one. -->
  <xsl:function name="fp:year" as="xs:string?">
    <xsl:param name="value" as="attribute()?"/>
    <xsl:sequence select="$value[matches(., '^-?\d{4}')] ! replace(., '^(-?\d{4}).*$', '$1')"/>
  </xsl:function>

  <xsl:function name="fp:entry-description" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="f:plain(($entry/tei:note, $entry/tei:desc, $entry/tei:occupation)[1]/node())"/>
  </xsl:function>

  <!-- What the register says of an entry besides its names, years and description, in the order an index prints
       it: occupation (unless it is the description already), affiliation, nationality, residence, education, faith.
       Empty for most entries: the page asks only when the register holds any ($fp:register-facts). -->
  <xsl:function name="f:entry-facts" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry/tei:occupation[exists($entry/(tei:note, tei:desc))],
                          $entry/tei:affiliation, $entry/tei:nationality, $entry/tei:residence, $entry/tei:education,
                          $entry/tei:faith"/>
  </xsl:function>

  <xsl:variable name="fp:register-facts" as="xs:boolean"
      select="exists(/tei:TEI/tei:standOff//(tei:person | tei:org | tei:place)
                     /(tei:occupation | tei:affiliation | tei:nationality | tei:residence | tei:education | tei:faith))"/>

  <!-- "Affiliation", "Affiliations": the label of a group of facts of one kind. -->
  <xsl:function name="f:fact-label" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="count" as="xs:integer"/>
    <xsl:sequence select="f:capitalised($kind) || ('s'[$count gt 1][$kind = ('occupation', 'affiliation', 'nationality', 'residence')])"/>
  </xsl:function>

  <!-- The years a register dates a fact to, as an index prints them after it: " (1999–2001)", " (from 1968)". -->
  <xsl:function name="f:fact-years" as="xs:string?">
    <xsl:param name="fact" as="element()"/>
    <xsl:variable name="from" select="fp:year(($fact/@from, $fact/@notBefore)[1])"/>
    <xsl:variable name="to" select="fp:year(($fact/@to, $fact/@notAfter)[1])"/>
    <xsl:sequence select="
        (if (fp:year($fact/@when)) then fp:year($fact/@when)
         else if ($from and $to) then $from || '–' || $to
         else if ($from) then 'from ' || $from
         else if ($to) then 'until ' || $to
         else ()) ! (' (' || . || ')')"/>
  </xsl:function>

  <!-- Register pointers by the id they point at (an affiliation/@ref, an orgName/@ref inside it, a @sameAs): which
       entries name an entry the text does not mention. Built only when an index has such an entry. -->
  <xsl:key name="fp:register-pointers" match="tei:standOff//*[@ref or @sameAs or @corresp]"
      use="(@ref, @sameAs, @corresp) ! tokenize(.)[starts-with(., '#')] ! substring(., 2)"/>

  <!-- The entries of the register that point at $entry, each once, in document order. -->
  <xsl:function name="f:pointing-entries" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="(key('fp:register-pointers', string($entry/@xml:id), root($entry))
                           ! ancestor::*[self::tei:person or self::tei:org or self::tei:place][1])[not(. is $entry)]
                          /."/>
  </xsl:function>

  <!-- The heading an index lists an entry under, and sorts it by: a person by surname, "Kouchner, Bernard", where
       the register gives the surname (persName[@type='surname'], or a surname element) and the name ends with it;
       anything else by its name. -->
  <xsl:function name="f:index-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="($fp:entry-texts(generate-id($entry))?3[root($entry) is $fp:document], fp:index-name($entry, f:entry-name($entry)))[1]"/>
  </xsl:function>

  <xsl:function name="fp:index-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="surname" select="($entry/self::tei:person/(tei:persName[1]/tei:surname, tei:persName[@type = 'surname'])
                                          ! normalize-space(.))[. and ends-with($name, ' ' || .)][1]"/>
    <xsl:sequence select="if ($surname) then $surname || ', ' || substring($name, 1, string-length($name) - string-length($surname) - 1)
                          else $name"/>
  </xsl:function>

  <!-- What an index sorts an entry by, compared character by character: its heading in lower case without accents,
       so that "Évian" is among the E, not after "Z" (ties keep the register's order). Word by word, as
       library indexes file ("New York" before "Newark", "UN Security Council" before "UNMIK"): the Unicode collation
       of SaxonC files letter by letter and cannot be told otherwise. -->
  <xsl:function name="f:index-key" as="xs:string">
    <xsl:param name="heading" as="xs:string"/>
    <xsl:variable name="lower" select="lower-case($heading)"/>
    <!-- (most headings are plain ASCII letters: no decomposition needed, see fp:only) -->
    <xsl:sequence select="if (fp:only($lower, $fp:plain-characters)) then $lower
                          else translate(normalize-unicode($lower, 'NFD'), $fp:combining-marks, '')"/>
  </xsl:function>

  <!-- The combining diacritical marks (U+0300–U+036F) that NFD splits off accented letters. -->
  <xsl:variable name="fp:combining-marks" as="xs:string" select="codepoints-to-string(768 to 879)"/>
  <xsl:variable name="fp:plain-characters" as="xs:string" select="'abcdefghijklmnopqrstuvwxyz0123456789 ,.-&amp;''()'"/>

  <!-- ===== participants ===== -->

  <xsl:function name="f:participants" as="element(tei:person)*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/tei:TEI/tei:teiHeader/tei:profileDesc/tei:particDesc//tei:person"/>
  </xsl:function>

  <!-- An interview: a participant is its interviewer or interviewee (the converter's roles). The TEI states no genre;
       a hearing, a court record or a debate, whose speakers have no such role, is not called an interview in the
       metadata, as tei_edition.cite does not cite it as one. -->
  <xsl:function name="f:interview" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="f:participants($node)/@role/tokenize(.) = ('interviewer', 'interviewee')"/>
  </xsl:function>

  <!-- Somebody is interviewed: a participant is the interviewee (one the source does not name included). Without one,
       an interviewer moderated (a focus group, a phone-in), as tei_edition.cite's interviewee_role says. -->
  <xsl:function name="f:interviewed" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="f:participants($node)/@role/tokenize(.) = 'interviewee'"/>
  </xsl:function>

  <!-- What a byline or a citation says before the names of interviewers without a named interviewee: "Interview by"
       where someone is interviewed (one the source does not name), else "Moderated by" (a focus group, a phone-in:
       nobody is interviewee), as tei_edition.cite says it. -->
  <xsl:function name="f:conducted-by" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if (f:interviewed($node)) then 'Interview by' else 'Moderated by'"/>
  </xsl:function>

  <!-- The names of the participants in $role whom the source names. A persName[@type='unnamed'] is a stand-in
       (the label the person speaks under, "Q", or "unnamed interviewer"), shown with the turns and among the
       participants, never as a name in a byline, a citation or the metadata. -->
  <xsl:function name="f:names-in-role" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:sequence select="f:participants($node)[tokenize(@role) = $role][f:is-named(.)] ! f:person-name(.)"/>
  </xsl:function>

  <xsl:function name="f:is-named" as="xs:boolean">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:sequence select="not($person/tei:persName[1]/@type = 'unnamed')"/>
  </xsl:function>

  <!-- The participants an sp's @who points at, in its order: one, or each of those who speak a turn together
       ("HAROLD AND JUNE", "BOTH": who="#spk-harold #spk-june"). -->
  <xsl:function name="f:speakers" as="element(tei:person)*">
    <xsl:param name="sp" as="element(tei:sp)"/>
    <xsl:variable name="ids" select="tokenize($sp/@who) ! substring-after(., '#')"/>
    <xsl:sequence select="if (root($sp) is $fp:document) then $ids ! $fp:participants(.)?person
                          else for $id in $ids return f:participants($sp)[@xml:id = $id][1]"/>
  </xsl:function>

  <!-- interviewer, interviewee or speaker (no known role): a participant's, or the one all the speakers of a turn
       spoken together share (two interviewees: interviewee; an interviewer and an interviewee: speaker) -->
  <xsl:function name="f:role" as="xs:string">
    <xsl:param name="persons" as="element(tei:person)*"/>
    <xsl:variable name="roles" select="$persons ! (let $roles := tokenize(@role)
        return if ($roles = 'interviewer') then 'interviewer' else if ($roles = 'interviewee') then 'interviewee' else 'speaker')"/>
    <xsl:sequence select="if (exists($roles) and empty($roles[. ne $roles[1]])) then $roles[1] else 'speaker'"/>
  </xsl:function>

  <!-- "Interviewee" of "interviewee": the first letter in capitals, the rest as it is. -->
  <xsl:function name="f:capitalised" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="upper-case(substring($text, 1, 1)) || substring($text, 2)"/>
  </xsl:function>

  <xsl:function name="f:person-name" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:variable name="known" select="if (root($person) is $fp:document) then $fp:participants(string($person/@xml:id)) else ()"/>
    <xsl:sequence select="if ($known?person is $person) then $known?name else fp:person-name($person)"/>
  </xsl:function>

  <xsl:function name="fp:person-name" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:sequence select="f:plain(($person/tei:persName, $person)[1])"/>
  </xsl:function>

  <!-- The participants of the document being rendered by id, with their names, found once: every turn asks for
       its speaker's. -->
  <xsl:variable name="fp:participants" as="map(xs:string, map(*))"
      select="map:merge(f:participants(/)[@xml:id] ! map:entry(string(@xml:id), map{'person': ., 'name': fp:person-name(.)}),
                        map{'duplicates': 'use-first'})"/>

  <!-- "A", "A and B", "A, B and C" -->
  <xsl:function name="f:join-names" as="xs:string">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="if (count($names) le 1) then string($names)
                          else string-join($names[position() lt last()], ', ') || ' and ' || $names[last()]"/>
  </xsl:function>

  <!-- ===== titles ===== -->

  <!-- ===== dates ===== -->

  <!-- " (10 April 2021)" for a date as printed whose text lacks the year of its ISO date ($when: YYYY, YYYY-MM or
       YYYY-MM-DD) and is written in letters other than Latin: a date of a calendar or era of its own (令和3年4月10日,
       民國110年3月5日, 15 มีนาคม พ.ศ. 2543), which a reader of the English apparatus could not place; else "" ("March 24",
       whose year the header gives, is a date of the Gregorian calendar, and so is the "24" of "24 and 27 March 2000",
       which has no letters at all). The editions' About and dateline, the collection's index. -->
  <xsl:function name="f:date-gloss" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="when" as="xs:string?"/>
    <xsl:sequence select="if (not(matches(string($when), '^\d{4}(-\d\d(-\d\d)?)?$')) or contains($text, substring($when, 1, 4))
                              or matches($text, '[A-Za-z]') or not(matches($text, '\p{L}'))) then ''
                          else ' (' || (if (string-length($when) eq 10) then format-date(xs:date($when), '[D] [MNn] [Y]', 'en', (), ())
                                        else if (string-length($when) eq 7) then format-date(xs:date($when || '-01'), '[MNn] [Y]', 'en', (), ())
                                        else $when) || ')'"/>
  </xsl:function>

  <!-- ===== writing direction ===== -->

  <!-- "rtl" for a language written right to left (BCP 47: a script subtag decides, "az-Arab"; else the language,
       "ar", "he", "fa", "ur"), else "ltr". The reading edition's English apparatus stays left to right; the
       document's text, and any passage in another direction, gets its own. -->
  <xsl:function name="f:text-direction" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="subtags" select="tokenize(lower-case(normalize-space($lang)), '-')"/>
    <xsl:variable name="script" select="$subtags[position() gt 1][string-length() eq 4][1]"/>
    <xsl:sequence select="if (exists($script)) then (if ($script = $fp:rtl-scripts) then 'rtl' else 'ltr')
                          else if ($subtags[1] = $fp:rtl-languages) then 'rtl' else 'ltr'"/>
  </xsl:function>

  <!-- The direction of the document's language, and of its title's script (by its first letter, as a browser's
       dir="auto" finds it): a title in Latin letters ("14-hebrew", a file name) on a page set right to left, or an
       Arabic title on an English page, is set apart in its own direction (t:title-block, t:citation-text), which
       "14-hebrew" needs not to be shown as "hebrew-14". (The letters: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
       Mandaic and the Hebrew and Arabic presentation forms, by code point: Unicode block names make Saxon load, and
       announce, its block tables.) Once per document. -->
  <xsl:variable name="fp:document-direction" as="xs:string" select="f:text-direction(/tei:TEI/@xml:lang)"/>
  <xsl:variable name="fp:title-direction" as="xs:string"
      select="if (matches(replace(f:main-title(/), '^[^\p{L}]*(\p{L}).*$', '$1', 's'),
                          '^[&#x590;-&#x8FF;&#xFB1D;-&#xFDFF;&#xFE70;-&#xFEFF;]$'))
              then 'rtl' else 'ltr'"/>

  <xsl:variable name="fp:rtl-scripts" as="xs:string+"
      select="'arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'mand', 'samr', 'rohg', 'mend'"/>
  <xsl:variable name="fp:rtl-languages" as="xs:string+"
      select="'ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'khw', 'ks', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'syr',
              'ug', 'ur', 'yi'"/>

  <!-- The title as one line of text (the page's <title>, the citations, the metadata, the running head): the
       header's, where the converter joined the lines of a title printed over two or three ("National Life Stories" /
       "An Oral History of British Science" → "National Life Stories: An Oral History of British Science", as
       `tei-edition cite` and the collection's index say); else the title page's. -->
  <xsl:function name="f:main-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="tei" select="root($node)/tei:TEI"/>
    <xsl:sequence select="f:plain(($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main'],
                                   $tei/tei:text/tei:front//tei:titlePart[@type = 'main'],
                                   $tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1])"/>
  </xsl:function>

  <!-- The subtitle, "" where the main title says it already (a transcript titled "Interview with Eleanor Marsh", to
       which the converter gives the subtitle "Interview with Eleanor Marsh": the page's title said it twice). -->
  <xsl:function name="f:sub-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="sub" select="f:plain(root($node)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'][1])"/>
    <xsl:sequence select="if ($sub and contains(lower-case(f:main-title($node)), lower-case($sub))) then '' else $sub"/>
  </xsl:function>

  <xsl:function name="f:source-bibl" as="element(tei:bibl)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(root($node)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl)[1]"/>
  </xsl:function>

  <!-- A note on the source as the reader sees it: a header field the transcript printed and the header has no other
       place for (note[@type='metadata'][@n='transcriber']) with its name, "Transcriber: J. Pickles."; any other
       note (dating, file) as it stands. -->
  <xsl:function name="f:source-note" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="text" select="f:plain($note/node())"/>
    <xsl:sequence select="if ($note/@type = 'metadata' and normalize-space($note/@n))
                          then f:capitalised($note/@n) || ': ' || $text
                               || (if (ends-with($text, '.')) then '' else '.')
                          else $text"/>
  </xsl:function>

  <!-- The year (or full date) of the source publication, from @when or the text. -->
  <xsl:function name="f:source-date" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="date" select="f:source-bibl($node)/tei:date[1]"/>
    <xsl:sequence select="string(($date/@when, $date/@notBefore, normalize-space($date))[1])"/>
  </xsl:function>

  <!-- When the interview was conducted (profileDesc/creation), its first session's date in ISO form; "" if the header
       dates it by no @when (or @from). -->
  <xsl:function name="f:creation-date" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string((root($node)/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date/(@when, @from))[1])"/>
  </xsl:function>

  <!-- ===== timecodes ===== -->

  <!-- The time of a timecode anchor in seconds from the start of the recording: the when its @synch points at, in a
       timeline of standOff, measured by @interval (in the timeline's @unit: s, ms, min, h) along its @since chain
       back to the origin, which is 0. Empty when the anchor points at no such when. -->
  <xsl:function name="f:timecode-seconds" as="xs:decimal?">
    <xsl:param name="anchor" as="element()"/>
    <xsl:variable name="when" select="id(substring-after(tokenize(normalize-space($anchor/@synch))[1], '#'), root($anchor))
                                      [self::tei:when][parent::tei:timeline]"/>
    <xsl:sequence select="$when ! fp:when-seconds(., 0)"/>
  </xsl:function>

  <xsl:function name="fp:when-seconds" as="xs:decimal?">
    <xsl:param name="when" as="element(tei:when)"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:variable name="scale" select="map{'s': 1, 'ms': 0.001, 'min': 60, 'h': 3600}(string(($when/@unit, $when/../@unit, 's')[1]))"/>
    <xsl:variable name="since" select="$when/@since ! id(substring-after(normalize-space(.), '#'), root($when))[self::tei:when]"/>
    <xsl:sequence select="
        if (empty($when/@interval)) then (if ($when/@since or $when/@absolute) then () else 0)
        else if (not($when/@interval castable as xs:decimal) or empty($scale) or $depth gt 100) then ()
        else if (empty($when/@since)) then xs:decimal($when/@interval) * $scale
        else $since ! fp:when-seconds(., $depth + 1) ! (. + xs:decimal($when/@interval) * $scale)"/>
  </xsl:function>

  <!-- "00:01:12" for 72.4 seconds (whole seconds, as transcripts print them). -->
  <xsl:function name="f:timecode" as="xs:string">
    <xsl:param name="seconds" as="xs:decimal"/>
    <xsl:variable name="s" select="xs:integer(floor($seconds))"/>
    <xsl:sequence select="string-join(($s idiv 3600, $s idiv 60 mod 60, $s mod 60) ! format-number(., '00'), ':')"/>
  </xsl:function>

  <!-- The same time as an HTML duration, "PT1M12.4S" (the datetime of <time>). -->
  <xsl:function name="fp:duration" as="xs:string">
    <xsl:param name="seconds" as="xs:decimal"/>
    <xsl:variable name="s" select="xs:integer(floor($seconds))"/>
    <xsl:sequence select="'PT' || ($s idiv 3600)[. gt 0] ! (. || 'H') || ($s idiv 60 mod 60)[. gt 0] ! (. || 'M')
                          || ($s mod 60 + ($seconds - $s)) || 'S'"/>
  </xsl:function>

  <!-- ===== quotation marks ===== -->

  <!-- The opening and closing marks a q/@rend records (the converter removed them from the text). -->
  <xsl:function name="f:quote-marks" as="xs:string+">
    <xsl:param name="rend" as="xs:string?"/>
    <xsl:variable name="r" select="tokenize($rend)"/>
    <xsl:sequence select="
        if ($r = 'double-straight') then ('&quot;', '&quot;')
        else if ($r = 'single-curly') then ('&#x2018;', '&#x2019;')
        else if ($r = 'single-straight') then ('''', '''')
        else if ($r = 'guillemets') then ('&#xAB;', '&#xBB;')
        else if ($r = 'none') then ('', '')
        else ('&#x201C;', '&#x201D;')"/>
  </xsl:function>

  <!-- ===== plain text ===== -->

  <!-- The reading text of nodes as one normalised string: quotation marks restored, notes left out. -->
  <xsl:function name="f:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:choose>
      <!-- elements holding text only, and text nodes (most names, titles and descriptions): their string value,
           without a pass of templates (a third of the cost) -->
      <xsl:when test="empty($nodes[not(self::element() or self::text())]) and empty($nodes/(* | comment() | processing-instruction()))">
        <xsl:sequence select="normalize-space(string-join($nodes))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="text" as="xs:string*">
          <xsl:apply-templates select="$nodes" mode="m:plain"/>
        </xsl:variable>
        <xsl:sequence select="normalize-space(string-join($text))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:mode name="m:plain" on-no-match="text-only-copy"/>

  <xsl:template match="tei:q" mode="m:plain">
    <xsl:variable name="marks" select="f:quote-marks(@rend)"/>
    <xsl:sequence select="$marks[1]"/>
    <xsl:apply-templates mode="m:plain"/>
    <xsl:sequence select="$marks[2]"/>
  </xsl:template>

  <xsl:template match="tei:note | tei:anchor | tei:milestone | tei:pb | tei:lb[@break = 'no']" mode="m:plain"/>

  <xsl:template match="tei:lb" mode="m:plain" priority="-0.1"><xsl:sequence select="' '"/></xsl:template>

</xsl:stylesheet>
