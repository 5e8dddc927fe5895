<?xml version="1.0" encoding="UTF-8"?>
<!--
  speeches.xsl: the turns of an interview (sp, speaker). Interviewer and interviewee turns differ in the class
  (border, indent, typeface in CSS) and in visible text (the role under the speaker's name), never by colour alone.
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

  <xsl:template match="tei:sp" mode="m:html">
    <xsl:variable name="role" select="f:speaker-role(.)"/>
    <xsl:variable name="person" select="f:speaker-person(.)"/>
    <div class="sp sp-{$role}" data-role="{$role}">
      <xsl:call-template name="t:id"/>
      <xsl:call-template name="t:speaker-label">
        <xsl:with-param name="role" select="$role"/>
        <xsl:with-param name="person" select="$person"/>
      </xsl:call-template>
      <div class="sp-body">
        <xsl:apply-templates select="node() except tei:speaker" mode="m:html"/>
      </div>
    </div>
  </xsl:template>

  <!-- The label: the speaker as printed ("EIR"), the participant's name when it differs, the role, and a
       permalink to the speech. -->
  <xsl:template name="t:speaker-label">
    <xsl:param name="role" as="xs:string"/>
    <xsl:param name="person" as="element(tei:person)?"/>
    <xsl:variable name="printed" select="f:plain(tei:speaker)"/>
    <xsl:variable name="full" select="$person ! f:person-name(.)"/>
    <p class="speaker">
      <a class="speaker-link" href="#{@xml:id}" title="Permalink to this turn">
        <span class="speaker-name">
          <xsl:choose>
            <xsl:when test="tei:speaker"><xsl:apply-templates select="tei:speaker/node()" mode="m:html"/></xsl:when>
            <xsl:otherwise>{($full, 'Speaker')[1]}</xsl:otherwise>
          </xsl:choose>
        </span>
      </a>
      <!-- the participant's name beside the printed label, when they differ ("EIR": Umberto Pascali); a turn
           printed without a label shows the name as its label already -->
      <xsl:variable name="full" select="if (tei:speaker) then $full else ()"/>
      <xsl:if test="$role = ('interviewer', 'interviewee') or ($full and not(contains($printed, $full)))">
        <span class="speaker-role">
          <xsl:if test="$role = ('interviewer', 'interviewee')">{upper-case(substring($role, 1, 1)) || substring($role, 2)}</xsl:if>
          <xsl:if test="$full and not(contains($printed, $full)) and key('fp:sp-by-who', normalize-space(@who))[1] is current()">
            <xsl:if test="$role = ('interviewer', 'interviewee')">: </xsl:if>{$full}</xsl:if>
        </span>
      </xsl:if>
    </p>
  </xsl:template>

</xsl:stylesheet>
