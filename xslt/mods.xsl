<?xml version="1.0" encoding="UTF-8"?>
<!--
  mods.xsl: MODS 3.6 (Library of Congress) from the teiHeader, for library catalogues.

  - Applied to a TEI document: one mods:mods record describing that edition.
  - Initial template "collection" with the parameter files (whitespace-separated URIs of TEI documents):
    a mods:modsCollection holding the record of every edition.
  - Initial template "collection-level" with the same parameter: one mods:mods record of the collection as a whole
    (typeOfResource collection="yes"), which a library catalogues above the editions' own records: its title,
    publishers, the span of the interviews' dates, languages, extent, and a relatedItem type="constituent" per
    edition with its title and identifiers, linked to the edition's record beside it (<stem>.mods.xml).

  Mapping: titleStmt → titleInfo; particDesc persons → name with MARC relator roles (ive, ivr, wit …; a role without one as text);
  profileDesc/creation dates and places → originInfo/dateCaptured and place (the interview); publicationStmt → the edition's
  originInfo, identifiers and accessCondition; sourceDesc/bibl → relatedItem type="original" (the article)
  holding relatedItem type="host" (the journal). Only facts the header states are written.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:mf="urn:x-tei-edition:metadata"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.loc.gov/mods/v3"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="xs tei mf map"
    expand-text="yes">

  <xsl:include href="modules/metadata-common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:mode on-no-match="fail"/>

  <xsl:variable name="schema-location" as="xs:string"
      select="'http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-6.xsd'"/>

  <xsl:template match="/">
    <xsl:if test="empty(tei:TEI)">
      <xsl:message terminate="yes" error-code="mf:not-tei">not a TEI document: the root element must be TEI in the namespace http://www.tei-c.org/ns/1.0</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="/tei:TEI">
    <mods version="3.6" xsi:schemaLocation="{$schema-location}">
      <xsl:call-template name="mods-fields"/>
    </mods>
  </xsl:template>

  <xsl:template name="mods-fields" as="element()*">
    <xsl:context-item as="element(tei:TEI)"/>
    <xsl:variable name="tei" select="."/>
    <titleInfo>
      <title>{mf:main-title(.)}</title>
      <xsl:for-each select="mf:sub-title(.)">
        <subTitle>{.}</subTitle>
      </xsl:for-each>
    </titleInfo>

    <xsl:for-each select="mf:participants(.)">
      <xsl:variable name="parts" select="mf:name-parts(.)"/>
      <xsl:variable name="relator" select="mf:role(.) ! $mf:relators(.)"/>
      <name type="personal">
        <xsl:if test="mf:is-creator(.)">
          <xsl:attribute name="usage">primary</xsl:attribute>
        </xsl:if>
        <namePart type="family">{$parts?family}</namePart>
        <xsl:for-each select="$parts?given[.]">
          <namePart type="given">{.}</namePart>
        </xsl:for-each>
        <xsl:for-each select="$parts?address">
          <namePart type="termsOfAddress">{.}</namePart>
        </xsl:for-each>
        <displayForm>{mf:inverted-name(.)}</displayForm>
        <xsl:for-each select="mf:affiliation(.)">
          <affiliation>{.}</affiliation>
        </xsl:for-each>
        <xsl:choose>
          <xsl:when test="exists($relator)">
            <role>
              <roleTerm type="text" authority="marcrelator">{$relator?term}</roleTerm>
              <roleTerm type="code" authority="marcrelator">{$relator?code}</roleTerm>
            </role>
          </xsl:when>
          <xsl:when test="mf:role(.)">
            <role>
              <roleTerm type="text">{mf:role(.)}</roleTerm>
            </role>
          </xsl:when>
        </xsl:choose>
      </name>
    </xsl:for-each>

    <typeOfResource>text</typeOfResource>
    <!-- an interview where a participant is its interviewer or interviewee; the TEI states no other genre -->
    <xsl:if test="tei:teiHeader/tei:profileDesc/tei:particDesc//tei:person/@role/tokenize(.) = ('interviewer', 'interviewee')">
      <genre authority="marcgt">interview</genre>
    </xsl:if>

    <!-- The interview itself: where and when it was conducted. -->
    <xsl:variable name="dates" select="mf:creation-dates(.)"/>
    <xsl:variable name="places" select="distinct-values(tei:teiHeader/tei:profileDesc/tei:creation//tei:placeName
                                                        ! mf:text(.)[.])"/>
    <xsl:if test="exists($dates) or exists($places)">
      <originInfo eventType="production">
        <xsl:for-each select="$places">
          <place>
            <placeTerm type="text">{.}</placeTerm>
          </place>
        </xsl:for-each>
        <xsl:for-each select="$dates">
          <xsl:choose>
            <xsl:when test="contains(., '/')">
              <dateCaptured encoding="w3cdtf" point="start">{substring-before(., '/')}</dateCaptured>
              <dateCaptured encoding="w3cdtf" point="end">{substring-after(., '/')}</dateCaptured>
            </xsl:when>
            <xsl:otherwise>
              <dateCaptured encoding="w3cdtf">
                <xsl:if test="position() = 1">
                  <xsl:attribute name="keyDate">yes</xsl:attribute>
                </xsl:if>{.}</dateCaptured>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </originInfo>
    </xsl:if>

    <!-- This edition: its publisher, and its date only when the header records one. -->
    <xsl:if test="exists(mf:publishers(.)) or exists(mf:edition-date(.))">
      <originInfo eventType="publication">
        <xsl:for-each select="mf:publishers(.)">
          <publisher>{.}</publisher>
        </xsl:for-each>
        <xsl:for-each select="mf:edition-date(.)">
          <dateIssued encoding="w3cdtf">{.}</dateIssued>
        </xsl:for-each>
        <issuance>monographic</issuance>
      </originInfo>
    </xsl:if>

    <xsl:for-each select="mf:languages(.)">
      <language>
        <languageTerm type="code" authority="rfc5646">{normalize-space(@ident)}</languageTerm>
        <xsl:for-each select="normalize-space(.)[.]">
          <languageTerm type="text">{.}</languageTerm>
        </xsl:for-each>
      </language>
    </xsl:for-each>

    <physicalDescription>
      <internetMediaType>application/tei+xml</internetMediaType>
    </physicalDescription>

    <xsl:for-each select="mf:headnote(.)">
      <abstract>{.}</abstract>
    </xsl:for-each>
    <!-- a header's field that no other part of the header holds ("Transcriber: J. Pickles", "Duration: 45 minutes") -->
    <xsl:for-each select="mf:source(.)/tei:note[@type = 'metadata'][normalize-space()]">
      <note>
        <xsl:for-each select="@n[normalize-space()]">
          <xsl:attribute name="type" select="normalize-space(.)"/>
        </xsl:for-each>{mf:text(.)}</note>
    </xsl:for-each>

    <xsl:apply-templates select="mf:source(.)" mode="original"/>

    <xsl:for-each select="mf:uri(.)">
      <identifier type="uri">{.}</identifier>
    </xsl:for-each>
    <xsl:for-each select="mf:doc-id(.)">
      <identifier type="local">{.}</identifier>
    </xsl:for-each>
    <xsl:for-each select="mf:uri(.)">
      <location>
        <url usage="primary display">{.}</url>
      </location>
    </xsl:for-each>

    <xsl:for-each select="mf:availability(.)">
      <!-- a licence named only by its URI (licence_uri without licence text) is kept: the URI is its statement -->
      <xsl:for-each select="tei:licence[normalize-space() or normalize-space(@target)]">
        <accessCondition type="use and reproduction">
          <xsl:for-each select="@target[normalize-space()]">
            <xsl:attribute name="xlink:href" select="normalize-space(.)"/>
          </xsl:for-each>{(mf:text(.)[.], normalize-space(@target))[1]}</accessCondition>
      </xsl:for-each>
      <xsl:for-each select="tei:p ! mf:text(.)[.]">
        <accessCondition type="use and reproduction">{.}</accessCondition>
      </xsl:for-each>
    </xsl:for-each>

    <recordInfo>
      <xsl:for-each select="mf:publishers(.)[1]">
        <recordContentSource>{.}</recordContentSource>
      </xsl:for-each>
      <xsl:for-each select="mf:edition-date(.)">
        <recordChangeDate encoding="w3cdtf">{.}</recordChangeDate>
      </xsl:for-each>
      <xsl:for-each select="mf:doc-id(.)">
        <recordIdentifier>{.}</recordIdentifier>
      </xsl:for-each>
      <recordOrigin>Generated from the TEI header by tei-edition (xslt/mods.xsl).</recordOrigin>
      <languageOfCataloging>
        <languageTerm type="code" authority="iso639-2b">eng</languageTerm>
      </languageOfCataloging>
    </recordInfo>
  </xsl:template>

  <!-- The source publication: the article (original) within its journal or book (host). -->
  <xsl:template match="tei:bibl" mode="original">
    <xsl:variable name="article" select="(tei:title[@level = ('a', 'u')])[1]"/>
    <xsl:variable name="host" select="(tei:title[@level = ('j', 'm', 's')])[1]"/>
    <xsl:variable name="date" select="tei:date[1]"/>
    <relatedItem type="original">
      <titleInfo>
        <title>{if ($article) then mf:title($article) else mf:text($host)}</title>
      </titleInfo>
      <xsl:for-each select="$date[@when or @notBefore or normalize-space()]">
        <originInfo>
          <dateIssued encoding="w3cdtf" keyDate="yes">
            <xsl:if test="@cert = ('low', 'medium', 'unknown')">
              <xsl:attribute name="qualifier">inferred</xsl:attribute>
            </xsl:if>{(@when, @notBefore, mf:text(.))[normalize-space()][1]}</dateIssued>
        </originInfo>
      </xsl:for-each>
      <xsl:for-each select="tei:note[@type = 'dating']">
        <note type="date">{mf:text(.)}</note>
      </xsl:for-each>
      <xsl:if test="$article and $host">
        <relatedItem type="host">
          <titleInfo>
            <title>{mf:text($host)}</title>
          </titleInfo>
          <xsl:for-each select="(tei:abbr)[1] ! mf:text(.)[.]">
            <titleInfo type="abbreviated">
              <title>{.}</title>
            </titleInfo>
          </xsl:for-each>
          <xsl:if test="$host/@level = 'j'">
            <genre authority="marcgt">periodical</genre>
          </xsl:if>
        </relatedItem>
      </xsl:if>
    </relatedItem>
  </xsl:template>

  <!-- ===== the collection ===== -->

  <xsl:template name="collection">
    <modsCollection xsi:schemaLocation="{$schema-location}">
      <xsl:for-each select="mf:collection-documents()/tei:TEI">
        <mods version="3.6">
          <xsl:call-template name="mods-fields"/>
        </mods>
      </xsl:for-each>
    </modsCollection>
  </xsl:template>

  <xsl:template name="collection-level">
    <xsl:variable name="editions" select="mf:collection-documents()/tei:TEI"/>
    <!-- the span the collection's dc:date gives (dc.xsl): the first and last of the interviews' dates -->
    <xsl:variable name="dates" select="sort(distinct-values($editions ! mf:creation-dates(.) ! tokenize(., '/')))"/>
    <xsl:variable name="publishers" select="distinct-values($editions ! mf:publishers(.))"/>
    <mods version="3.6" xsi:schemaLocation="{$schema-location}">
      <xsl:for-each select="mf:collection-title($editions)">
        <titleInfo>
          <title>{.}</title>
        </titleInfo>
      </xsl:for-each>
      <typeOfResource collection="yes">text</typeOfResource>
      <xsl:if test="$editions/tei:teiHeader/tei:profileDesc/tei:particDesc//tei:person/@role/tokenize(.) = ('interviewer', 'interviewee')">
        <genre authority="marcgt">interview</genre>
      </xsl:if>
      <xsl:if test="exists($dates)">
        <originInfo eventType="production">
          <xsl:choose>
            <xsl:when test="count($dates) = 1">
              <dateCaptured encoding="w3cdtf" keyDate="yes">{$dates}</dateCaptured>
            </xsl:when>
            <xsl:otherwise>
              <dateCaptured encoding="w3cdtf" keyDate="yes" point="start">{$dates[1]}</dateCaptured>
              <dateCaptured encoding="w3cdtf" point="end">{$dates[last()]}</dateCaptured>
            </xsl:otherwise>
          </xsl:choose>
        </originInfo>
      </xsl:if>
      <xsl:if test="exists($publishers)">
        <originInfo eventType="publication">
          <xsl:for-each select="$publishers">
            <publisher>{.}</publisher>
          </xsl:for-each>
        </originInfo>
      </xsl:if>
      <xsl:for-each select="distinct-values($editions ! mf:languages(.) ! normalize-space(@ident))">
        <language>
          <languageTerm type="code" authority="rfc5646">{.}</languageTerm>
        </language>
      </xsl:for-each>
      <physicalDescription>
        <internetMediaType>application/tei+xml</internetMediaType>
        <extent>{count($editions)} {if (count($editions) = 1) then 'edition' else 'editions'}</extent>
      </physicalDescription>
      <xsl:for-each select="distinct-values($editions ! mf:project-description(.))">
        <abstract>{.}</abstract>
      </xsl:for-each>
      <xsl:for-each select="$editions">
        <!-- the edition's own record is written beside this one, named by its TEI file's name -->
        <relatedItem type="constituent" xlink:href="{replace(tokenize(document-uri(/), '/')[last()], '\.[^.]*$', '')}.mods.xml">
          <titleInfo>
            <title>{mf:main-title(.)}</title>
            <xsl:for-each select="mf:sub-title(.)">
              <subTitle>{.}</subTitle>
            </xsl:for-each>
          </titleInfo>
          <xsl:for-each select="mf:uri(.)">
            <identifier type="uri">{.}</identifier>
          </xsl:for-each>
          <xsl:for-each select="mf:doc-id(.)">
            <identifier type="local">{.}</identifier>
          </xsl:for-each>
        </relatedItem>
      </xsl:for-each>
      <xsl:for-each-group select="$editions ! mf:availability(.)/tei:licence[normalize-space() or normalize-space(@target)]"
                          group-by="mf:text(.) || ' ' || normalize-space(@target)">
        <accessCondition type="use and reproduction">
          <xsl:for-each select="@target[normalize-space()]">
            <xsl:attribute name="xlink:href" select="normalize-space(.)"/>
          </xsl:for-each>{(mf:text(.)[.], normalize-space(@target))[1]}</accessCondition>
      </xsl:for-each-group>
      <recordInfo>
        <xsl:for-each select="$publishers[1]">
          <recordContentSource>{.}</recordContentSource>
        </xsl:for-each>
        <recordOrigin>Generated from the editions' TEI headers by tei-edition (xslt/mods.xsl).</recordOrigin>
        <languageOfCataloging>
          <languageTerm type="code" authority="iso639-2b">eng</languageTerm>
        </languageOfCataloging>
      </recordInfo>
    </mods>
  </xsl:template>
</xsl:stylesheet>
