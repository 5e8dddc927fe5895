<?xml version="1.0" encoding="UTF-8"?>
<!--
  meta.xsl: machine-readable metadata in <head>: Highwire Press citation_* tags (Zotero, Google Scholar),
  Dublin Core DC.* tags and schema.org JSON-LD, all taken from the teiHeader, with the title and names as the
  citations give them (f:cited-title, f:cited-names).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-tei-edition:functions"
    xmlns:fp="urn:x-tei-edition:private"
    xmlns:m="urn:x-tei-edition:modes"
    xmlns:t="urn:x-tei-edition:templates"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:template name="t:meta">
    <xsl:variable name="tei" select="/tei:TEI"/>
    <xsl:variable name="header" select="$tei/tei:teiHeader"/>
    <xsl:variable name="bibl" select="f:source-bibl(/)"/>
    <xsl:variable name="title" select="f:cited-title(/)"/>
    <xsl:variable name="interviewees" select="f:cited-names(/, 'interviewee')"/>
    <xsl:variable name="interviewers" select="f:cited-names(/, 'interviewer')"/>
    <xsl:variable name="others" select="f:other-participant-names(/)"/>
    <xsl:variable name="journal" select="f:plain($bibl/tei:title[@level = 'j'][1])"/>
    <xsl:variable name="date" select="f:source-date(/)"/>
    <!-- when the interview was conducted (its first session): the date an unpublished one is known by -->
    <xsl:variable name="created" select="f:creation-date(/)"/>
    <xsl:variable name="publisher" select="f:plain($header/tei:fileDesc/tei:publicationStmt/tei:publisher[1])"/>
    <xsl:variable name="lang" select="string(($tei/@xml:lang, 'en')[1])"/>
    <xsl:variable name="licence" select="f:plain($header/tei:fileDesc/tei:publicationStmt/tei:availability)"/>
    <!-- the headnote's first paragraph that says something: not a date or place line above it ("October 14, 2009") -->
    <xsl:variable name="headnote" select="$tei/tei:text/tei:front/tei:div[@type = 'headnote']/tei:p ! f:plain(.)"/>
    <xsl:variable name="description" select="($headnote[count(tokenize(.)) ge 6], $headnote)[1]"/>
    <xsl:variable name="permalink" select="$fp:permalink"/>

    <meta name="generator" content="{$generator}"/>
    <xsl:if test="$description">
      <meta name="description" content="{fp:shorten($description, 300)}"/>
    </xsl:if>
    <link rel="canonical" href="{$permalink}"/>

    <!-- Highwire Press -->
    <meta name="citation_title" content="{$title}"/>
    <xsl:for-each select="$interviewees, $interviewers">
      <meta name="citation_author" content="{.}"/>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="$date"><meta name="citation_publication_date" content="{translate($date, '-', '/')}"/></xsl:when>
      <!-- an interview never published: its date, which Zotero reads as the item's (it was imported undated) -->
      <xsl:when test="$created"><meta name="citation_date" content="{translate($created, '-', '/')}"/></xsl:when>
    </xsl:choose>
    <xsl:if test="$journal"><meta name="citation_journal_title" content="{$journal}"/></xsl:if>
    <xsl:if test="$publisher"><meta name="citation_publisher" content="{$publisher}"/></xsl:if>
    <meta name="citation_language" content="{$lang}"/>
    <meta name="citation_fulltext_html_url" content="{$permalink}"/>
    <xsl:if test="normalize-space($pdf-href)">
      <!-- relative to the permalink when there is one; a corpus without base URI has only relative links -->
      <meta name="citation_pdf_url"
            content="{if (matches($permalink, '^[a-zA-Z][a-zA-Z0-9+.-]*:')) then resolve-uri($pdf-href, $permalink) else $pdf-href}"/>
    </xsl:if>

    <!-- Dublin Core -->
    <meta name="DC.title" content="{$title}"/>
    <xsl:for-each select="$interviewees"><meta name="DC.creator" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$interviewers, $others"><meta name="DC.contributor" content="{.}"/></xsl:for-each>
    <xsl:if test="$date or $created"><meta name="DC.date" content="{($date[.], $created)[1]}"/></xsl:if>
    <xsl:if test="$publisher"><meta name="DC.publisher" content="{$publisher}"/></xsl:if>
    <xsl:if test="$journal"><meta name="DC.source" content="{$journal}"/></xsl:if>
    <meta name="DC.type" content="Text"/>
    <meta name="DC.format" content="text/html"/>
    <meta name="DC.language" content="{$lang}"/>
    <meta name="DC.identifier" content="{$permalink}"/>
    <xsl:if test="$licence"><meta name="DC.rights" content="{$licence}"/></xsl:if>
    <xsl:if test="$description"><meta name="DC.description" content="{$description}"/></xsl:if>

    <!-- schema.org, written out as text: serialize(map, json) costs about a millisecond per page in SaxonC (a
         serializer per call), several times the rest of <head>. From the values above, found once for both. The
         mentions are written entry by entry, in pieces, not joined into one string: their names make it a string of
         16-bit characters ("Milošević"), which SaxonC concatenates slowly. -->
    <script type="application/ld+json">
      <xsl:value-of disable-output-escaping="yes" select="'{' || string-join((
        '&quot;@context&quot;:&quot;https://schema.org&quot;,&quot;@type&quot;:&quot;Article&quot;'
          || (if (f:interview(/)) then ',&quot;genre&quot;:&quot;interview&quot;' else ''),
        fp:json-member('headline', $title),
        fp:json-member('name', $title),
        fp:json-member('url', $permalink),
        fp:json-member('identifier', f:doc-id(/)),
        fp:json-member('inLanguage', $lang),
        fp:json-people('author', $interviewees),
        fp:json-people('contributor', ($interviewers, $others)),
        '&quot;encoding&quot;:[{&quot;@type&quot;:&quot;MediaObject&quot;,&quot;encodingFormat&quot;:&quot;application/tei+xml&quot;,'
          || fp:json-member('contentUrl', f:tei-href(/)) || '}]',
        $date[.] ! fp:json-member('datePublished', .),
        $created[.] ! fp:json-member('dateCreated', .),
        $journal[.] ! ('&quot;isPartOf&quot;:' || fp:json-typed('Periodical', .)),
        $publisher[.] ! ('&quot;publisher&quot;:' || fp:json-typed('Organization', .))
      ), ',')"/>
      <xsl:if test="exists($fp:mentioned-entries)">
        <xsl:value-of disable-output-escaping="yes" select="',&quot;mentions&quot;:['"/>
        <!-- {"@type":"Person","name":"…","sameAs":["…"]}, sameAs only when the register gives URLs -->
        <xsl:for-each select="$fp:mentioned-entries">
          <xsl:variable name="texts" select="$fp:entry-texts(generate-id(.))"/>
          <xsl:value-of disable-output-escaping="yes" select="(if (position() gt 1) then ',' else '') || '{&quot;@type&quot;:&quot;'
              || (if (self::tei:person) then 'Person' else if (self::tei:org) then 'Organization' else 'Place') || '&quot;,&quot;name&quot;:'"/>
          <xsl:value-of disable-output-escaping="yes" select="fp:json-string($texts?1)"/>
          <xsl:if test="exists($texts?5[.])">
            <xsl:value-of disable-output-escaping="yes" select="',&quot;sameAs&quot;:[' || string-join($texts?5[.] ! fp:json-string(.), ',') || ']'"/>
          </xsl:if>
          <xsl:value-of disable-output-escaping="yes" select="'}'"/>
        </xsl:for-each>
        <xsl:value-of disable-output-escaping="yes" select="']'"/>
      </xsl:if>
      <xsl:value-of disable-output-escaping="yes" select="'}'"/>
    </script>
  </xsl:template>

  <!-- "author":[{"@type":"Person","name":"…"},…], or nothing when the source names nobody in that role -->
  <xsl:function name="fp:json-people" as="xs:string?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="if (exists($names)) then '&quot;' || $key || '&quot;:[' || string-join($names ! fp:json-typed('Person', .), ',') || ']' else ()"/>
  </xsl:function>

  <!-- {"@type":"Person","name":"…"} -->
  <xsl:function name="fp:json-typed" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="'{' || fp:json-member('@type', $type) || ',' || fp:json-member('name', $name) || '}'"/>
  </xsl:function>

  <xsl:function name="fp:json-member" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="'&quot;' || $key || '&quot;:' || fp:json-string($value)"/>
  </xsl:function>

  <!-- A JSON string literal; "<" as \u003c so that no "</script" can end the element. The characters to escape are
       looked for by contains(), written out: SaxonC runs it at a fraction of a nanosecond a character, where
       translate() builds a new string at ≈ 9 ns a character, and a helper function's call costs more than the six
       tests (the page escapes some 150 strings). -->
  <xsl:function name="fp:json-string" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="'&quot;' || (if (contains($text, '\') or contains($text, '&quot;') or contains($text, '&lt;')
                                             or contains($text, '&#9;') or contains($text, '&#10;') or contains($text, '&#13;'))
        then replace(replace(replace(replace(replace(replace($text, '\\', '\\\\'), '&quot;', '\\&quot;'),
             '&lt;', '\\u003c'), '&#9;', '\\t'), '&#10;', '\\n'), '&#13;', '\\r')
        else $text) || '&quot;'"/>
  </xsl:function>

  <!-- $text cut to its first $max characters and then back to its last space, "…" added; as it is when it is no
       longer. Every caller gives a normalised text (f:plain's, or names joined by single spaces), so the last space
       is found by its code point: the regular expression that cut there ('\s+\S*$', tried at every space) cost
       SaxonC 0.1 ms for the description of a page whose headnote is long, twenty times this. -->
  <xsl:function name="fp:shorten" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:variable name="cut" select="substring($text, 1, $max)"/>
    <xsl:variable name="last-space" select="index-of(string-to-codepoints($cut), 32)[last()]"/>
    <xsl:sequence select="if (string-length($text) le $max) then $text
                          else (if (exists($last-space)) then substring($cut, 1, $last-space - 1) else $cut) || '…'"/>
  </xsl:function>

</xsl:stylesheet>
