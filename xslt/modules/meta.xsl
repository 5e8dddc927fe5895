<?xml version="1.0" encoding="UTF-8"?>
<!--
  meta.xsl: machine-readable metadata in <head>: Highwire Press citation_* tags (Zotero, Google Scholar),
  Dublin Core DC.* tags and schema.org JSON-LD, all taken from the teiHeader.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
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
    <xsl:variable name="title" select="f:main-title(/)"/>
    <xsl:variable name="interviewees" select="f:participants-with-role(/, 'interviewee') ! f:person-name(.)"/>
    <xsl:variable name="interviewers" select="f:participants-with-role(/, 'interviewer') ! f:person-name(.)"/>
    <xsl:variable name="journal" select="f:plain($bibl/tei:title[@level = 'j'][1])"/>
    <xsl:variable name="date" select="f:source-date(/)"/>
    <xsl:variable name="publisher" select="f:plain($header/tei:fileDesc/tei:publicationStmt/tei:publisher[1])"/>
    <xsl:variable name="lang" select="string(($tei/@xml:lang, 'en')[1])"/>
    <xsl:variable name="licence" select="f:plain($header/tei:fileDesc/tei:publicationStmt/tei:availability)"/>
    <xsl:variable name="description" select="f:plain(($tei/tei:text/tei:front/tei:div[@type = 'headnote']/tei:p)[1])"/>
    <xsl:variable name="permalink" select="f:permalink(/)"/>

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
    <xsl:if test="$date"><meta name="citation_publication_date" content="{translate($date, '-', '/')}"/></xsl:if>
    <xsl:if test="$journal"><meta name="citation_journal_title" content="{$journal}"/></xsl:if>
    <xsl:if test="$publisher"><meta name="citation_publisher" content="{$publisher}"/></xsl:if>
    <meta name="citation_language" content="{$lang}"/>
    <meta name="citation_fulltext_html_url" content="{$permalink}"/>
    <xsl:if test="normalize-space($pdf-href)">
      <meta name="citation_pdf_url" content="{resolve-uri($pdf-href, $permalink)}"/>
    </xsl:if>

    <!-- Dublin Core -->
    <meta name="DC.title" content="{$title}"/>
    <xsl:for-each select="$interviewees"><meta name="DC.creator" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$interviewers"><meta name="DC.contributor" content="{.}"/></xsl:for-each>
    <xsl:if test="$date"><meta name="DC.date" content="{$date}"/></xsl:if>
    <xsl:if test="$publisher"><meta name="DC.publisher" content="{$publisher}"/></xsl:if>
    <xsl:if test="$journal"><meta name="DC.source" content="{$journal}"/></xsl:if>
    <meta name="DC.type" content="Text"/>
    <meta name="DC.format" content="text/html"/>
    <meta name="DC.language" content="{$lang}"/>
    <meta name="DC.identifier" content="{$permalink}"/>
    <xsl:if test="$licence"><meta name="DC.rights" content="{$licence}"/></xsl:if>
    <xsl:if test="$description"><meta name="DC.description" content="{$description}"/></xsl:if>

    <!-- schema.org -->
    <script type="application/ld+json">{serialize(fp:json-ld(/), map{'method': 'json', 'indent': false()})}</script>
  </xsl:template>

  <xsl:function name="fp:json-ld" as="map(*)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="bibl" select="f:source-bibl($doc)"/>
    <xsl:variable name="journal" select="f:plain($bibl/tei:title[@level = 'j'][1])"/>
    <xsl:variable name="publisher" select="f:plain($doc/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher[1])"/>
    <xsl:variable name="entries" select="$doc/tei:TEI/tei:standOff//(tei:person | tei:org | tei:place)[exists(f:mentions(.))]"/>
    <xsl:sequence select="map:merge((
        map{
          '@context': 'https://schema.org',
          '@type': 'Article',
          'genre': 'interview',
          'headline': f:main-title($doc),
          'name': f:main-title($doc),
          'url': f:permalink($doc),
          'identifier': f:doc-id($doc),
          'inLanguage': string(($doc/tei:TEI/@xml:lang, 'en')[1]),
          'author': array{ f:participants-with-role($doc, 'interviewee') ! map{'@type': 'Person', 'name': f:person-name(.)} },
          'contributor': array{ f:participants-with-role($doc, 'interviewer') ! map{'@type': 'Person', 'name': f:person-name(.)} },
          'encoding': array{ map{'@type': 'MediaObject', 'encodingFormat': 'application/tei+xml', 'contentUrl': f:tei-href($doc)} }
        },
        f:source-date($doc)[.] ! map{'datePublished': .},
        $journal[.] ! map{'isPartOf': map{'@type': 'Periodical', 'name': .}},
        $publisher[.] ! map{'publisher': map{'@type': 'Organization', 'name': .}},
        if (exists($entries)) then map{'mentions': array{ $entries ! fp:json-ld-entry(.) }} else ()
      ))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <xsl:function name="fp:json-ld-entry" as="map(*)">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="same-as" select="$entry/tei:idno ! f:authority-url(.)"/>
    <xsl:sequence select="map:merge((
        map{'@type': map{'person': 'Person', 'org': 'Organization', 'place': 'Place'}(f:entry-kind($entry)),
            'name': f:entry-name($entry)},
        if (exists($same-as)) then map{'sameAs': array{$same-as}} else ()
      ))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <xsl:function name="fp:shorten" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:sequence select="if (string-length($text) le $max) then $text
                          else replace(substring($text, 1, $max), '\s+\S*$', '') || '…'"/>
  </xsl:function>

</xsl:stylesheet>
