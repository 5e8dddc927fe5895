<?xml version="1.0" encoding="UTF-8"?>
<!--
  names.xsl: name mentions (persName, orgName, placeName with @ref) become links to their index entry, each
  with its own id ({scope-id}-m{n}) so that the entry can link back, and a card (description) shown on hover and
  keyboard focus by CSS alone. Screen readers get the description through aria-describedby.
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

  <xsl:template match="tei:persName | tei:orgName | tei:placeName" mode="m:html">
    <!-- In the document being rendered, the precomputed map says whether this is a linked mention (and its id);
         names of any other document go through f:is-mention and f:mention-id. -->
    <xsl:variable name="mention-id" as="xs:string?"
        select="if (root(.) is $fp:document) then $fp:mention-ids(generate-id(.))
                else if (f:is-mention(.)) then f:mention-id(.) else ()"/>
    <xsl:choose>
      <xsl:when test="exists($mention-id)">
        <!-- the entry's id is the @ref (a linked mention resolves by definition) -->
        <xsl:variable name="id" select="substring-after(tokenize(normalize-space(@ref))[1], '#')"/>
        <xsl:variable name="entry" select="key('fp:entries', $id)[1]"/>
        <a class="name name-{local-name($entry)}" id="{$mention-id}" href="#{$id}" aria-describedby="ed-desc-{$id}">
          <xsl:apply-templates mode="m:html"/>
          <xsl:sequence select="if (root(.) is $fp:document) then $fp:cards($id) else fp:card($entry)"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="@ref and empty(f:entry(.))">
          <xsl:message>[names] {local-name()} "{normalize-space()}" points at {@ref}, which is not in standOff: rendered unlinked.</xsl:message>
        </xsl:if>
        <span class="name name-{substring-before(local-name(), 'Name')} unlinked"><xsl:apply-templates mode="m:html"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One card per entry, built once and copied into every mention of it. -->
  <xsl:variable name="fp:cards" as="map(xs:string, element())">
    <xsl:map>
      <xsl:for-each select="/tei:TEI/tei:standOff//(tei:person | tei:org | tei:place)[@xml:id]">
        <xsl:map-entry key="string(@xml:id)" select="fp:card(.)"/>
      </xsl:for-each>
    </xsl:map>
  </xsl:variable>

  <xsl:function name="fp:card" as="element()">
    <xsl:param name="entry" as="element()"/>
    <xsl:call-template name="t:card">
      <xsl:with-param name="entry" select="$entry"/>
    </xsl:call-template>
  </xsl:function>

  <!-- The hover/focus card. aria-hidden: assistive technology reads the same description through
       aria-describedby, and the link's name stays the name as printed. -->
  <xsl:template name="t:card">
    <xsl:param name="entry" as="element()"/>
    <span class="card" aria-hidden="true">
      <span class="card-kind">{f:kind-label(f:entry-kind($entry))}</span>
      <span class="card-name">{f:entry-name($entry)}</span>
      <xsl:if test="f:entry-description($entry)">
        <span class="card-desc">{f:entry-description($entry)}</span>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:function name="f:kind-label" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="map{'person': 'Person', 'org': 'Organisation', 'place': 'Place'}($kind)"/>
  </xsl:function>

</xsl:stylesheet>
