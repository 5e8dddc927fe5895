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
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="xs tei mf map"
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
          >{mf:inverted-name(.)}{mf:role(.) ! (' (' || . || ')')}</xsl:element>
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
    <!-- a header's field that no other part of the header holds, as the transcript printed it: "Transcriber: J. Pickles" -->
    <xsl:for-each select="mf:source(.)/tei:note[@type = 'metadata'][normalize-space()]">
      <dc:description>{string-join((@n[normalize-space()] ! (upper-case(substring(normalize-space(.), 1, 1))
                                    || substring(normalize-space(.), 2)), mf:text(.)), ': ')}</dc:description>
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
