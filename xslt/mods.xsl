<?xml version="1.0" encoding="UTF-8"?>
<!--
  mods.xsl: MODS 3.6 (Library of Congress) from the teiHeader, for library catalogues.

  - Applied to a TEI document: one mods:mods record describing that edition.
  - Initial template "collection" with the parameter files (whitespace-separated URIs of TEI documents):
    a mods:modsCollection holding the record of every edition.

  Mapping: titleStmt → titleInfo; particDesc persons → name with MARC relator roles (ive, ivr, wit …; a role without one as text);
  profileDesc/creation dates → originInfo/dateCaptured (the interview); publicationStmt → the edition's
  originInfo, identifiers and accessCondition; sourceDesc/bibl → relatedItem type="original" (the article)
  holding relatedItem type="host" (the journal). Only facts the header states are written.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:mf="urn:x-tei-edition:metadata"
    xmlns:mr="urn:x-tei-edition:metadata-records"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.loc.gov/mods/v3"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="xs tei mf mr map"
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
      <xsl:variable name="parts" select="mr:name-parts(.)"/>
      <xsl:variable name="relator" select="mr:role(.) ! $mf:relators(.)"/>
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
        <displayForm>{mr:inverted-name(.)}</displayForm>
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
          <xsl:when test="mr:role(.)">
            <role>
              <roleTerm type="text">{mr:role(.)}</roleTerm>
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

    <!-- The interview itself: when it was conducted. -->
    <xsl:variable name="dates" select="mf:creation-dates(.)"/>
    <xsl:if test="exists($dates)">
      <originInfo eventType="production">
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
    <modsCollection xsi:schemaLocation="{$schema-location}">
      <xsl:for-each select="mf:collection-documents()/tei:TEI">
        <mods version="3.6">
          <xsl:call-template name="mods-fields"/>
        </mods>
      </xsl:for-each>
    </modsCollection>
  </xsl:template>
</xsl:stylesheet>
