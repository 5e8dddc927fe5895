<?xml version="1.0" encoding="UTF-8"?>
<!--
  header.xsl: the "About this edition" section, from the teiHeader: source publication, interview dates,
  participants and roles, publisher and licence, editorial declaration, revision history, downloads.
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

  <!-- The interview's date and place as the header gives them (profileDesc/creation), for the apparatus (About, the
       print edition's dateline), which reads left to right: in a text written right to left they are isolated in its
       direction, "12 مارس 2015, عمّان" read as written, not with the day moved to the end of the line. -->
  <xsl:template name="t:creation">
    <xsl:variable name="creation" select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation"/>
    <xsl:choose>
      <xsl:when test="$fp:document-direction eq 'rtl'">
        <bdi dir="rtl"><xsl:apply-templates select="$creation/node()" mode="m:html"/></bdi>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$creation/node()" mode="m:html"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What About and the print dateline call profileDesc/creation: "Interview" where somebody is interviewed
       (f:interviewed); a hearing's, a debate's or a focus group's "Date" (the citations "Moderated by" the last), or
       "Date and place" where the header names the place. -->
  <xsl:function name="f:creation-term" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="if (f:interviewed($doc)) then 'Interview'
                          else if ($doc/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation/tei:placeName) then 'Date and place'
                          else 'Date'"/>
  </xsl:function>

  <xsl:template name="t:metadata">
    <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="bibl" select="f:source-bibl(/)"/>
    <xsl:variable name="editorial" select="$header/tei:encodingDesc/tei:editorialDecl"/>
    <section class="metadata" id="ed-about" aria-labelledby="ed-about-title">
      <xsl:call-template name="t:apparatus-language"/>
      <h2 id="ed-about-title">About this edition</h2>
      <dl class="facts">
        <xsl:if test="$bibl">
          <dt>Source</dt>
          <dd class="source"><xsl:apply-templates select="$bibl" mode="m:header"/></dd>
        </xsl:if>
        <xsl:if test="$header/tei:profileDesc/tei:creation">
          <dt>{f:creation-term(/)}</dt>
          <dd><xsl:call-template name="t:creation"/></dd>
        </xsl:if>
        <xsl:if test="exists(f:participants(/))">
          <dt>Participants</dt>
          <dd>
            <!-- an interviewer where nobody is interviewed moderated (the byline's "Moderated by") -->
            <xsl:variable name="moderated" select="not(f:interviewed(/))"/>
            <ul class="participants">
              <xsl:for-each select="f:participants(/)">
                <!-- a participant the source neither names nor labels (the converter's "unnamed interviewee", who
                     answers after "Q:") is listed as the turns call them, "[Interviewee]", not by the stand-in -->
                <xsl:variable name="unlabelled" select="not(f:is-named(.))
                    and empty(key('fp:sp-by-who', string(@xml:id))[tei:speaker])"/>
                <xsl:variable name="name" select="if ($unlabelled) then fp:unlabelled-name(., f:role(.)) else f:person-name(.)"/>
                <xsl:variable name="roles" select="tokenize(@role) ! (if ($moderated and . = 'interviewer') then 'moderator' else .)"/>
                <li>
                  <!-- a name in the text's language, in a list in English (t:apparatus-language) -->
                  <span class="participant-name"><xsl:if test="$fp:text-not-english"><xsl:attribute name="lang" select="$fp:text-language"/></xsl:if>{$name}</span>
                  <xsl:if test="not(f:is-named(.))"> (not named in the source)</xsl:if>
                  <!-- the role, unless the name says it: "[Interviewee]", or a label the converter kept as the
                       stand-in ("Interviewer (not named in the source)", not "…, interviewer") -->
                  <xsl:if test="@role[not(lower-case($name) = (normalize-space(.), '[' || normalize-space(.) || ']', $roles))]">, {string-join($roles, ', ')}</xsl:if>
                  <xsl:for-each select="tei:affiliation">, {f:plain(.)}</xsl:for-each>
                  <!-- a remark the source prints on how the person speaks: "(through an interpreter)" -->
                  <xsl:for-each select="tei:note">, {f:plain(.)}</xsl:for-each>
                </li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt">
          <xsl:if test="normalize-space(tei:publisher)">
            <dt>Edition</dt>
            <dd>{f:plain(tei:publisher)}</dd>
          </xsl:if>
          <dt>Permalink</dt>
          <dd><span class="url"><xsl:call-template name="t:url-text"><xsl:with-param name="url" select="$fp:permalink"/></xsl:call-template></span></dd>
          <xsl:if test="tei:availability">
            <dt>Licence</dt>
            <dd class="licence">
              <xsl:apply-templates select="tei:availability/(tei:p | tei:licence)" mode="m:html"/>
            </dd>
          </xsl:if>
        </xsl:for-each>
        <!-- who did what; the edition's publisher once ("Edition"), not again as the respStmt that names it -->
        <xsl:variable name="publisher" select="f:plain($header/tei:fileDesc/tei:publicationStmt/tei:publisher[1])"/>
        <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt">
          <xsl:variable name="names" select="f:join-names((tei:name | tei:persName | tei:orgName) ! f:plain(.))"/>
          <xsl:if test="not(f:plain(tei:resp) = 'Edition' and $names = $publisher)">
            <dt>{f:plain(tei:resp)}</dt>
            <dd>{$names}</dd>
          </xsl:if>
        </xsl:for-each>
      </dl>

      <xsl:if test="$editorial">
        <h3 id="ed-editorial">Editorial declaration</h3>
        <dl class="editorial">
          <xsl:for-each select="$editorial/*">
            <dt>{f:editorial-label(local-name())}</dt>
            <dd><xsl:apply-templates select="tei:p" mode="m:html"/></dd>
          </xsl:for-each>
        </dl>
      </xsl:if>

      <xsl:if test="$header/tei:revisionDesc">
        <h3 id="ed-revisions">Revision history</h3>
        <ol class="revisions">
          <xsl:for-each select="$header/tei:revisionDesc//tei:change">
            <li>
              <xsl:if test="@when"><time datetime="{@when}">{@when}</time>: </xsl:if>
              <xsl:for-each select="node()">
                <xsl:choose>
                  <xsl:when test="self::text()"><xsl:sequence select="fp:checksums(.)"/></xsl:when>
                  <xsl:otherwise><xsl:apply-templates select="." mode="m:html"/></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:if>

      <h3 id="ed-downloads">Downloads</h3>
      <ul class="downloads">
        <li><a href="{f:tei-href(/)}" download="">TEI P5 XML</a> (the archival master of this page)</li>
        <xsl:if test="normalize-space($pdf-href)">
          <li><a href="{$pdf-href}" download="">PDF</a> (print edition)</li>
        </xsl:if>
      </ul>
    </section>
  </xsl:template>

  <!-- availability/licence: the statement, linked to the licence text when @target names it -->
  <xsl:template match="tei:licence" mode="m:html">
    <p class="licence">
      <xsl:choose>
        <xsl:when test="matches(@target, '^https?://')">
          <a class="licence-link" href="{@target}" rel="license"><xsl:apply-templates mode="m:html"/></a>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="m:html"/></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <xsl:function name="f:editorial-label" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="(map{'normalization': 'Normalisation', 'segmentation': 'Segmentation',
                               'interpretation': 'Interpretation', 'correction': 'Correction',
                               'quotation': 'Quotation', 'hyphenation': 'Hyphenation'}($name),
                           f:capitalised($name))[1]"/>
  </xsl:function>

  <!-- The source bibl as a reference: “Article,” Journal (Abbr), date. Note on dating. -->
  <xsl:mode name="m:header" on-no-match="shallow-skip"/>

  <xsl:template match="tei:bibl" mode="m:header">
    <!-- a comma only between parts that are there: a transcript without publication or date is “Title”. -->
    <xsl:variable name="publication" select="tei:title[not(@level = 'a')]"/>
    <!-- the document's title in its own direction where the page or the title is set right to left (t:citation-text) -->
    <xsl:for-each select="tei:title[@level = 'a']">
      <xsl:variable name="title" select="f:plain(.)"/>
      <xsl:text>“</xsl:text>
      <xsl:choose>
        <xsl:when test="$fp:isolate-title and $title eq f:main-title(/)"><bdi dir="{$fp:title-direction}">{$title}</bdi></xsl:when>
        <xsl:otherwise>{$title}</xsl:otherwise>
      </xsl:choose>
      <xsl:text>”</xsl:text>
      <xsl:if test="$publication or ../tei:date">, </xsl:if>
    </xsl:for-each>
    <xsl:for-each select="$publication"><cite>{f:plain(.)}</cite></xsl:for-each>
    <xsl:for-each select="tei:abbr"> ({f:plain(.)})</xsl:for-each>
    <xsl:for-each select="tei:date"><xsl:if test="$publication">, </xsl:if><xsl:apply-templates select="." mode="m:html"/>
      <xsl:if test="@cert = ('low', 'medium')"> (inferred)</xsl:if>
    </xsl:for-each>
    <xsl:text>.</xsl:text>
    <xsl:for-each select="tei:note">
      <span class="bibl-note"><xsl:text> </xsl:text><xsl:sequence select="fp:checksums(f:source-note(.))"/></span>
    </xsl:for-each>
  </xsl:template>

  <!-- A checksum (64 hexadecimal digits, "SHA-256 c0d2…") breaks at the line's end, as a web address may: one word,
       it went whole to a line of its own, leaving the line before it short and "SHA-256" broken at its hyphen
       ("(SHA-" / "256" / "c0d2…"), and its closing parenthesis could open the last line alone. The checksums the
       converter writes follow their name, and are found by it with string functions: a regular expression for 64
       digits cost SaxonC 0.3 ms a page (a try of up to 64 characters at every position of the text). -->
  <xsl:function name="fp:checksums" as="node()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="digits" select="substring(substring-after($text, 'SHA-256 '), 1, 64)"/>
    <xsl:choose>
      <xsl:when test="string-length($digits) eq 64 and fp:only($digits, '0123456789abcdef')">
        <xsl:value-of select="substring-before($text, 'SHA-256 ')"/>
        <span class="nowrap">SHA-256</span><xsl:text> </xsl:text><span class="checksum">{$digits}</span>
        <xsl:sequence select="fp:checksums(substring-after($text, 'SHA-256 ' || $digits))"/>
      </xsl:when>
      <xsl:when test="contains($text, 'SHA-256 ')">
        <xsl:value-of select="substring-before($text, 'SHA-256 ') || 'SHA-256 '"/>
        <xsl:sequence select="fp:checksums(substring-after($text, 'SHA-256 '))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
