<?xml version="1.0" encoding="UTF-8"?>
<!--
  html.xsl: entry stylesheet of the HTML reading edition (TEI P5 as described in docs/encoding.md → one
  self-contained HTML5 page). It only wires modules together and owns the output declaration; every concern
  lives in modules/. The print edition (print.xsl) imports this stylesheet and overrides named templates
  (t:*) and parameters, so keep page parts in named templates rather than inline here.

  Prefixes (after docbook/xslTNG): f: public functions, fp: private ones, m: modes, t: named templates.
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

  <xsl:include href="modules/params.xsl"/>
  <xsl:include href="modules/functions.xsl"/>
  <xsl:include href="modules/capitals.xsl"/>
  <xsl:include href="modules/structure.xsl"/>
  <xsl:include href="modules/speeches.xsl"/>
  <xsl:include href="modules/inline.xsl"/>
  <xsl:include href="modules/names.xsl"/>
  <xsl:include href="modules/header.xsl"/>
  <xsl:include href="modules/indexes.xsl"/>
  <xsl:include href="modules/citation.xsl"/>
  <xsl:include href="modules/meta.xsl"/>
  <xsl:include href="modules/unhandled.xsl"/>

  <!-- The page is written in the XML syntax of HTML5 (method xhtml, html-version 5: <!DOCTYPE html>, void
       elements as <br/>, other empty elements as <span></span>), which HTML parsers read as they read the HTML
       syntax and which SaxonC writes about 10 % faster than method html. The CSS and scripts copied into <style>
       and <script> are written with disable-output-escaping (their text is not parsed as markup by browsers, so an
       escaped ">" would break them); the texts the stylesheets make for them escape "<" and "&" themselves. Link
       targets are written as they are (HTML5 takes IRIs; browsers percent-encode them), sparing the serialiser a
       pass over every href. The charset meta is written by t:head. -->
  <xsl:output method="xhtml" html-version="5" omit-xml-declaration="yes" encoding="UTF-8" escape-uri-attributes="no"
              include-content-type="no" indent="no"/>

  <xsl:global-context-item use="required" as="document-node(element(tei:TEI))"/>

  <xsl:template match="/">
    <xsl:call-template name="t:page"/>
  </xsl:template>

</xsl:stylesheet>
