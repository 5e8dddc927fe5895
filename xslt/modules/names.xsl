<?xml version="1.0" encoding="UTF-8"?>
<!--
  names.xsl: name mentions (persName, orgName, placeName with @ref) become links to their index entry, each
  with its own id ({scope-id}-m{n}) so that the entry can link back. The card shown on hover and keyboard focus
  is CSS alone, and its text is written once per entry, not once per mention: t:card-styles writes one rule per
  entry, setting the custom property "card" of a.name[href="#entry"] to "Name — description", and edition.css
  shows it in the link's ::after on :hover and :focus-visible (no JavaScript needed). Screen readers get the description through
  aria-describedby (the entry's description in the index, which is on the page); the generated text itself
  has an empty alternative text, so it never changes the link's name.
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

  <xsl:template match="tei:persName | tei:orgName | tei:placeName" mode="m:html">
    <!-- true inside a linked mention: set by the link for its content -->
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <!-- In the document being rendered, the precomputed map says whether this is a linked mention (and its id);
         names of any other document go through f:is-mention and f:mention-id. -->
    <xsl:variable name="mention-id" as="xs:string?"
        select="if (root(.) is $fp:document) then $fp:mention-ids(generate-id(.))
                else if (f:is-mention(.)) then f:mention-id(.) else ()"/>
    <xsl:choose>
      <xsl:when test="exists($mention-id) and $in-link">
        <!-- A name inside a linked name ("Russian <UN> Mission"): HTML forbids a link inside a link, so the
             inner mention is a span that keeps its id (the index links back to it) inside the outer link. -->
        <span class="name nested" id="{$mention-id}"><xsl:apply-templates mode="m:html"/></span>
      </xsl:when>
      <xsl:when test="exists($mention-id)">
        <!-- the entry's id is the @ref (a linked mention resolves by definition): fp:ref-id written out, as in
             t:card-styles below and in the index the precomputed maps are read directly: a stylesheet function call
             per mention or entry costs SaxonC more than the work it does -->
        <xsl:variable name="refs" select="normalize-space(@ref)"/>
        <xsl:variable name="id" select="substring-after(if (contains($refs, ' ')) then substring-before($refs, ' ') else $refs, '#')"/>
        <a class="name" id="{$mention-id}" href="#{$id}" aria-describedby="ed-desc-{$id}">
          <xsl:apply-templates mode="m:html">
            <xsl:with-param name="in-link" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <!-- report a pointer that lands nowhere; one at a participant or another element of the document is fine -->
        <xsl:if test="@ref and empty(id(fp:ref-id(.), root(.)))">
          <xsl:message>[names] {local-name()} "{normalize-space()}" points at {@ref}, which is not in standOff: rendered unlinked.</xsl:message>
        </xsl:if>
        <span class="name name-{substring-before(local-name(), 'Name')} unlinked"><xsl:apply-templates mode="m:html"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The cards of the document, inside the page's <style> (see t:styles): one CSS rule per mentioned entry,
       "Name — description" as the custom property the mentions' ::after shows. The strings are escaped for CSS
       (backslash, quote, and "<" so that no "</style" can end the element) and written unescaped like the rest of
       <style> (see html.xsl). Each rule is written in its pieces, not joined into one string first: the dash makes
       it a string of 16-bit characters, which SaxonC concatenates slowly (≈ 2.5 µs a rule; the cards cost a third
       less so). -->
  <xsl:template name="t:card-styles">
    <xsl:for-each select="$fp:mentioned-entries">
      <xsl:variable name="texts" select="$fp:entry-texts(generate-id(.))"/>
      <xsl:value-of disable-output-escaping="yes" select="'a.name[href=&quot;#' || fp:css-string(@xml:id) || '&quot;]{--card:&quot;'"/>
      <xsl:value-of disable-output-escaping="yes" select="fp:css-string($texts?1)"/>
      <xsl:if test="$texts?2">
        <xsl:value-of disable-output-escaping="yes" select="' — '"/>
        <xsl:value-of disable-output-escaping="yes" select="fp:css-string($texts?2)"/>
      </xsl:if>
      <xsl:value-of disable-output-escaping="yes" select="'&quot;}&#10;'"/>
    </xsl:for-each>
  </xsl:template>

  <!-- (the three characters looked for by contains(), as fp:json-string looks for its own, meta.xsl) -->
  <xsl:function name="fp:css-string" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="if (contains($text, '\') or contains($text, '&quot;') or contains($text, '&lt;'))
                          then replace(replace(replace($text, '\\', '\\5c '), '&quot;', '\\22 '), '&lt;', '\\3c ')
                          else $text"/>
  </xsl:function>

  <xsl:function name="f:kind-label" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="map{'person': 'Person', 'org': 'Organisation', 'place': 'Place'}($kind)"/>
  </xsl:function>

</xsl:stylesheet>
