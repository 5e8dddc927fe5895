<?xml version="1.0" encoding="UTF-8"?>
<!--
  unhandled.xsl: the catch-all of m:html. An element no other template handles is reported with its path
  (xsl:message, collected by tei_edition.render as a warning) and rendered visibly as a marked span with its
  content, so nothing is silently dropped.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-tei-edition:functions"
    xmlns:m="urn:x-tei-edition:modes"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:template match="*" mode="m:html" priority="-10">
    <xsl:variable name="path" select="f:path(.)"/>
    <xsl:message>[unhandled] no template for &lt;{name()}&gt; at {$path}: rendered as a marked span.</xsl:message>
    <span class="unhandled" data-tei="{name()}" title="Not handled by the stylesheet: {name()}">
      <xsl:apply-templates mode="m:html"/>
    </span>
  </xsl:template>

  <!-- /TEI/text/body/div[1]/sp[3]/p[1]/foo[1] -->
  <xsl:function name="f:path" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="'/' || string-join(
        for $a in $node/ancestor-or-self::* return
          name($a)
          || (if ($a/parent::*) then '[' || (count($a/preceding-sibling::*[node-name() eq node-name($a)]) + 1) || ']' else '')
          || ($a/@xml:id ! ('(#' || . || ')')), '/')"/>
  </xsl:function>

</xsl:stylesheet>
