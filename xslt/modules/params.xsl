<?xml version="1.0" encoding="UTF-8"?>
<!--
  params.xsl: every parameter of the HTML (and print) edition, in one place. Each is passed by
  tei_edition.render as an XSLT parameter; string parameters left empty mean "use the default" described here.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- Base URI of the published edition, e.g. "https://edition.example.org/interviews/". When set, the
       permalink of a document is base-uri + document id (a "/" is added when missing). When empty, the
       permalink is the TEI's publicationStmt/idno[@type='URI'], and failing that the relative page name. -->
  <xsl:param name="base-uri" as="xs:string" select="''"/>

  <!-- Link target of "Download TEI". Empty: "{document-id}.xml", i.e. the TEI next to the page. -->
  <xsl:param name="tei-download-href" as="xs:string" select="''"/>

  <!-- Link target of "Download PDF". Empty: no PDF link (the PDF has not been built). -->
  <xsl:param name="pdf-href" as="xs:string" select="''"/>

  <!-- true: the CSS of css-file is copied into a <style> element (a self-contained page, the default).
       false: a <link rel="stylesheet"> to css-href is written instead. -->
  <xsl:param name="css-inline" as="xs:boolean" select="true()"/>

  <!-- The stylesheet inlined when css-inline is true; resolved against this module. -->
  <xsl:param name="css-file" as="xs:string" select="'../css/edition.css'"/>

  <!-- Link target of the stylesheet when css-inline is false. -->
  <xsl:param name="css-href" as="xs:string" select="'edition.css'"/>

  <!-- true: the small progressive-enhancement script (js-file) is inlined; false: no script at all.
       The page works without it: cards are CSS-only, permalinks are plain links. -->
  <xsl:param name="js-inline" as="xs:boolean" select="true()"/>

  <!-- The script inlined when js-inline is true; resolved against this module. -->
  <xsl:param name="js-file" as="xs:string" select="'../js/edition.js'"/>

  <!-- The recommended citation of the document, permalink included, as `tei-edition cite` prints it (Chicago);
       render.py passes it from tei_edition.cite, so the page, the PDF and the command say the same. Empty: the
       stylesheet composes a citation from the teiHeader itself (when run without render.py). -->
  <xsl:param name="cite-document" as="xs:string" select="''"/>

  <!-- The citation of one paragraph, with "{id}" and "{n}" standing for its xml:id and its number; from
       tei_edition.cite like cite-document. Empty: composed by the stylesheet. -->
  <xsl:param name="cite-passage" as="xs:string" select="''"/>

  <!-- The reference of the document as BibTeX and as RIS (Zotero, EndNote, Mendeley import either), as `tei-edition
       cite` prints it in the styles bibtex and ris; render.py passes them from tei_edition.cite. The page offers them for
       download (data: links, nothing from the network). Empty, or with base-uri: not offered. -->
  <xsl:param name="cite-bibtex" as="xs:string" select="''"/>

  <!-- The reference as RIS, like cite-bibtex. -->
  <xsl:param name="cite-ris" as="xs:string" select="''"/>

  <!-- Whether the text may print a web address ("://"), which the page links: render.py passes false for a TEI whose
       text holds none, and the stylesheet then tests no text node for one (every page but a few). -->
  <xsl:param name="web-addresses" as="xs:boolean" select="true()"/>

  <!-- Content of <meta name="generator">; render.py passes "tei-edition {version}". -->
  <xsl:param name="generator" as="xs:string" select="'tei-edition'"/>

</xsl:stylesheet>
