<?xml version="1.0" encoding="UTF-8"?>
<!--
  dc.xsl: simple Dublin Core (OAI-PMH oai_dc) from the teiHeader, for repositories and OAI harvesters.

  - Applied to a TEI document: one oai_dc:dc record describing that edition.
  - Initial template "collection" with the parameter files (whitespace-separated URIs of TEI documents):
    one record describing the collection as a whole (dc:type "Collection", a dc:relation per edition).

  Dublin Core has no role attribute, so a participant's role is written after the name:
  "Pascali, Umberto (interviewer)". Interviewees are dc:creator, everyone else dc:contributor.
  Only facts the header states are written (see docs/encoding.md for where each comes from).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:mf="urn:x-tei-edition:metadata"
    xmlns:mr="urn:x-tei-edition:metadata-records"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="xs tei mf mr map"
    expand-text="yes">

  <xsl:include href="modules/metadata-common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:mode on-no-match="fail"/>

  <xsl:variable name="schema-location" as="xs:string"
      select="'http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd'"/>

  <xsl:template match="/">
    <xsl:if test="empty(tei:TEI)">
      <xsl:message terminate="yes" error-code="mf:not-tei">not a TEI document: the root element must be TEI in the namespace http://www.tei-c.org/ns/1.0</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="/tei:TEI">
    <oai_dc:dc xsi:schemaLocation="{$schema-location}">
      <xsl:call-template name="dc-fields"/>
    </oai_dc:dc>
  </xsl:template>

  <xsl:template name="dc-fields" as="element()*">
    <xsl:context-item as="element(tei:TEI)"/>
    <dc:title>{string-join((mf:main-title(.), mf:sub-title(.)), ': ')}</dc:title>
    <xsl:for-each select="mf:participants(.)">
      <xsl:element name="{if (mf:is-creator(.)) then 'dc:creator' else 'dc:contributor'}"
          namespace="http://purl.org/dc/elements/1.1/"
          >{mr:inverted-name(.)}{mr:role(.) ! (' (' || . || ')')}</xsl:element>
    </xsl:for-each>
    <xsl:for-each select="mf:publishers(.)">
      <dc:publisher>{.}</dc:publisher>
    </xsl:for-each>
    <xsl:for-each select="mf:creation-dates(.)">
      <dc:date>{.}</dc:date>
    </xsl:for-each>
    <dc:type>Text</dc:type>
    <dc:format>application/tei+xml</dc:format>
    <xsl:for-each select="mf:doc-id(.), mf:uri(.)">
      <dc:identifier>{.}</dc:identifier>
    </xsl:for-each>
    <xsl:for-each select="mf:source-citation(.)">
      <dc:source>{.}</dc:source>
    </xsl:for-each>
    <xsl:for-each select="mf:languages(.)">
      <dc:language>{normalize-space(@ident)}</dc:language>
    </xsl:for-each>
    <xsl:for-each select="mf:headnote(.)">
      <dc:description>{.}</dc:description>
    </xsl:for-each>
    <xsl:apply-templates select="mf:availability(.)" mode="rights"/>
  </xsl:template>

  <!-- Each licence and each rights statement is one dc:rights; a licence's URI is a dc:rights of its own. -->
  <xsl:template match="tei:availability" mode="rights" as="element()*">
    <xsl:for-each select="tei:licence">
      <xsl:for-each select="mf:text(.)[.]">
        <dc:rights>{.}</dc:rights>
      </xsl:for-each>
      <xsl:for-each select="@target[normalize-space()]">
        <dc:rights>{normalize-space(.)}</dc:rights>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="tei:p ! mf:text(.)[.]">
      <dc:rights>{.}</dc:rights>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== names as the records file them (what metadata-common.xsl's mf:name-parts and mf:role leave to the record;
       dc.xsl and mods.xsl hold the same, as tei_edition.cite does) ===== -->

  <!-- A name in Arabic script (Arabic, Persian, Urdu) is inverted with the Arabic comma, as a catalogue gives a
       heading in the script ("نصر الله، إبراهيم"), and its family name keeps the words bound to it: a word before it
       such as أبو, عبد, بن, آل (أبو هواش) and, the second word of a compound, الله or الدين (نصر الله). It was "الله,
       إبراهيم نصر". A name whose surname is marked (persName/surname) keeps its parts. -->
  <xsl:variable name="mr:arabic-script" as="xs:string" select="'[&#x600;-&#x6FF;&#x750;-&#x77F;&#x8A0;-&#x8FF;&#xFB50;-&#xFDFF;&#xFE70;-&#xFEFF;]'"/>
  <xsl:variable name="mr:bound-before" as="xs:string+" select="('أبو', 'ابو', 'أبي', 'أبا', 'عبد', 'بن', 'ابن', 'بنت', 'آل', 'ذو')"/>
  <xsl:variable name="mr:bound-after" as="xs:string+" select="('الله', 'الدين')"/>

  <xsl:function name="mr:name-parts" as="map(xs:string, xs:string)">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:variable name="parts" select="mr:addressed(mf:name-parts($person))"/>
    <xsl:choose>
      <xsl:when test="$parts?given and empty($person/tei:persName[1]/tei:surname) and matches($parts?family, $mr:arabic-script)">
        <xsl:variable name="words" select="tokenize($parts?given), tokenize($parts?family)"/>
        <xsl:variable name="given" select="mr:given-words($words, count(tokenize($parts?given)) + 1)"/>
        <xsl:sequence select="map:merge((map{'family': string-join($words[position() gt $given], ' '),
                                             'given': string-join($words[position() le $given], ' ')}, $parts),
                                        map{'duplicates': 'use-first'})"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$parts"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Terms of address that mf:name-parts's list (metadata-common.xsl) lacks, as tei_edition.cite's
       _MORE_TERMS_OF_ADDRESS: a police officer's rank, India's honorifics, a cleric's ("Det. Mark Ruiz", "Smt. Anjali
       Deshpande": "Det." and "Smt." were given names). The first word of a given name that is one is the address. -->
  <xsl:variable name="mr:more-terms-of-address" as="xs:string+" select="('det', 'detective', 'insp', 'inspector', 'supt',
      'superintendent', 'constable', 'shri', 'shrimati', 'smt', 'kumari', 'hon', 'rabbi', 'fr', 'msgr')"/>

  <xsl:function name="mr:addressed" as="map(xs:string, xs:string)">
    <xsl:param name="parts" as="map(xs:string, xs:string)"/>
    <xsl:variable name="given" select="tokenize($parts?given)"/>
    <xsl:sequence select="if (empty($parts?address) and lower-case(replace($given[1], '\.$', '')) = $mr:more-terms-of-address)
                          then map:merge((map{'address': $given[1]}, $given[2] ! map{'given': string-join($given[position() gt 1], ' ')},
                                          map:remove($parts, 'given')))
                          else $parts"/>
  </xsl:function>

  <!-- How many of $words are the given name, the family name starting at $start: one word at least. -->
  <xsl:function name="mr:given-words" as="xs:integer">
    <xsl:param name="words" as="xs:string*"/>
    <xsl:param name="start" as="xs:integer"/>
    <xsl:sequence select="if ($start gt 2 and ($words[$start] = $mr:bound-after or $words[$start - 1] = $mr:bound-before))
                          then mr:given-words($words, $start - 1) else $start - 1"/>
  </xsl:function>

  <!-- "Mizin, Viktor", "نصر الله، إبراهيم" (the Arabic comma in Arabic script), "Brandt, Mr."; a name in Thai, Lao,
       Burmese or Khmer script as written, as RDA records a Thai name (under the given name, "สมศรี ใจดี", by which its
       bearer is known) and a Burmese one (no family name), tei_edition.cite's _DIRECT_ORDER. -->
  <xsl:function name="mr:inverted-name" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:variable name="parts" select="mr:name-parts($person)"/>
    <xsl:sequence select="
        if (matches($parts?family, '[&#xE00;-&#xEFF;&#x1000;-&#x109F;&#x1780;-&#x17FF;]') and empty($person/tei:persName[1]/tei:surname))
        then string-join(($parts?given[.], $parts?family), ' ')
        else string-join(($parts?family, $parts?given[.], $parts?address),
                         if (matches($parts?family, $mr:arabic-script)) then '، ' else ', ')"/>
  </xsl:function>

  <!-- A participant's role; an interviewer where nobody is interviewee (a focus group, a phone-in) moderated: MARC's
       "mod", "a performer ... leading a program ... that includes other guests" (the citations: "Moderated by"). -->
  <xsl:function name="mr:role" as="xs:string?">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:variable name="role" select="mf:role($person)"/>
    <xsl:sequence select="if ($role = 'interviewer' and not($person/ancestor::tei:particDesc//tei:person/@role/tokenize(.) = 'interviewee'))
                          then 'moderator' else $role"/>
  </xsl:function>

  <!-- ===== the collection ===== -->

  <xsl:template name="collection">
    <xsl:variable name="editions" select="mf:collection-documents()/tei:TEI"/>
    <xsl:variable name="dates" select="sort(distinct-values($editions ! mf:creation-dates(.) ! tokenize(., '/')))"/>
    <oai_dc:dc xsi:schemaLocation="{$schema-location}">
      <xsl:for-each select="mf:collection-title($editions)">
        <dc:title>{.}</dc:title>
      </xsl:for-each>
      <xsl:for-each select="distinct-values($editions ! mf:publishers(.))">
        <dc:publisher>{.}</dc:publisher>
      </xsl:for-each>
      <xsl:if test="exists($dates)">
        <dc:date>{string-join(distinct-values(($dates[1], $dates[last()])), '/')}</dc:date>
      </xsl:if>
      <dc:type>Collection</dc:type>
      <xsl:for-each select="distinct-values($editions ! mf:project-description(.))">
        <dc:description>{.}</dc:description>
      </xsl:for-each>
      <xsl:for-each select="distinct-values($editions ! mf:languages(.) ! normalize-space(@ident))">
        <dc:language>{.}</dc:language>
      </xsl:for-each>
      <xsl:for-each select="$editions">
        <dc:relation>{(mf:uri(.), mf:doc-id(.))[1]}</dc:relation>
      </xsl:for-each>
      <xsl:for-each select="distinct-values($editions ! mf:availability(.)/tei:licence ! (mf:text(.)[.], @target ! normalize-space()[.]))">
        <dc:rights>{.}</dc:rights>
      </xsl:for-each>
    </oai_dc:dc>
  </xsl:template>
</xsl:stylesheet>
