<?xml version="1.0" encoding="UTF-8"?>
<!--
  collection.xsl: the collection's index page. Input: a list of built editions
  (<editions title="…"><edition tei="file:///…/id.xml" html="id.html" pdf="id.pdf"/>…</editions>, written by
  tei_edition.collection). Output: one self-contained HTML page listing every edition (title, interviewee, dates)
  and a corpus-wide index of names whose every mention links into the editions. It reuses the reading edition's
  functions (register entries, mention ids, authority links) so that links match the edition pages exactly.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-tei-edition:functions"
    xmlns:fp="urn:x-tei-edition:private"
    xmlns:m="urn:x-tei-edition:modes"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="modules/params.xsl"/>
  <xsl:include href="modules/functions.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" include-content-type="no" indent="no"/>

  <xsl:mode name="m:collection-entry" on-no-match="fail"/>

  <xsl:variable name="editions" as="element(edition)*">
    <xsl:perform-sort select="/editions/edition">
      <xsl:sort select="@id"/>
    </xsl:perform-sort>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:variable name="title" select="string(/editions/@title)"/>
    <html lang="{(/editions/@lang, 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{$generator}"/>
        <title>{$title}</title>
        <style>{unparsed-text(resolve-uri('css/edition.css', static-base-uri()))}</style>
      </head>
      <body class="collection">
        <a class="skip-link" href="#main">Skip to the editions</a>
        <header class="site-header" role="banner">
          <h1>{$title}</h1>
          <p>{count($editions)} edition{if (count($editions) ne 1) then 's' else ''}. Each is available as a
            reading edition (HTML), a print edition (PDF/A) and its TEI P5 archival master.</p>
        </header>
        <main id="main">
          <section aria-labelledby="editions-heading">
            <h2 id="editions-heading">Editions</h2>
            <table class="editions">
              <thead><tr><th scope="col">Title</th><th scope="col">Interviewee</th><th scope="col">Interview date</th><th scope="col">Formats</th></tr></thead>
              <tbody>
                <xsl:for-each select="$editions">
                  <xsl:variable name="tei" select="doc(@tei)/tei:TEI"/>
                  <tr id="edition-{@id}">
                    <td><a href="{@html}">{normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main'][1])}</a></td>
                    <td>{string-join(f:participants-with-role($tei, 'interviewee') ! f:person-name(.), '; ')}</td>
                    <td>{string-join($tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date/normalize-space(), ', ')}</td>
                    <td>
                      <a href="{@html}">HTML</a>
                      <xsl:if test="@pdf"> · <a href="{@pdf}">PDF</a></xsl:if>
                      · <a href="{@id}.xml">TEI</a>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </section>
          <xsl:call-template name="fp:name-index"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- Every register entry used in any edition, once, with links to its mentions in each edition. -->
  <xsl:template name="fp:name-index">
    <xsl:variable name="uses" as="element(use)*">
      <xsl:for-each select="$editions">
        <xsl:variable name="edition" select="."/>
        <xsl:for-each select="doc(@tei)/tei:TEI/tei:standOff//(tei:person | tei:org | tei:place)[@xml:id]">
          <use id="{@xml:id}" kind="{local-name()}" html="{$edition/@html}" edition="{$edition/@id}"
               title="{normalize-space(root(.)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main'][1])}">
            <xsl:sequence select="."/>
          </use>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <section aria-labelledby="names-heading">
      <h2 id="names-heading">Index of names</h2>
      <xsl:for-each-group select="$uses" group-by="@kind">
        <xsl:sort select="index-of(('person', 'org', 'place'), current-grouping-key())"/>
        <h3>{map{'person': 'Persons', 'org': 'Organisations', 'place': 'Places'}(current-grouping-key())}</h3>
        <ul class="index">
          <xsl:for-each-group select="current-group()" group-by="@id">
            <xsl:sort select="lower-case(f:entry-name(current-group()[1]/*))"/>
            <xsl:variable name="entry" select="current-group()[1]/*"/>
            <li id="{current-grouping-key()}">
              <strong>{f:entry-name($entry)}</strong>
              <xsl:if test="f:entry-description($entry)">: {f:entry-description($entry)}</xsl:if>
              <xsl:for-each select="$entry/tei:idno[f:authority-url(.)]">
                {' '}<a class="authority" href="{f:authority-url(.)}">{f:authority-label(.)}</a>
              </xsl:for-each>
              <ul>
                <xsl:for-each select="current-group()">
                  <xsl:variable name="use" select="."/>
                  <xsl:variable name="mentions" select="f:mentions(doc($editions[@id = $use/@edition]/@tei)/tei:TEI/tei:standOff//*[@xml:id = $use/@id])"/>
                  <li>
                    <a href="{@html}">{@title}</a>
                    <!-- one link per passage that mentions the entry, however often it does -->
                    <xsl:if test="exists($mentions)">: <xsl:for-each-group select="$mentions" group-by="ancestor::*[@xml:id][1]/@xml:id">
                        <a href="{$use/@html}#{current-grouping-key()}">¶ {ancestor::tei:p[1]/@n}</a>
                        <xsl:if test="position() ne last()">, </xsl:if>
                      </xsl:for-each-group>
                    </xsl:if>
                  </li>
                </xsl:for-each>
              </ul>
            </li>
          </xsl:for-each-group>
        </ul>
      </xsl:for-each-group>
    </section>
  </xsl:template>

</xsl:stylesheet>
