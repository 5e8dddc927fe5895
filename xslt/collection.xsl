<?xml version="1.0" encoding="UTF-8"?>
<!--
  collection.xsl: the collection's index page. Input: the list of built editions written by
  tei_edition.collection, each with its summary:
    <editions title="…" lang="en"> <register href="file:///…/register.xml"/> (one per register) …
      <edition id="…" html="id.html" tei="id.xml" pdf="id.pdf" title="…" interviewed="yes">
        <interviewee>…</interviewee> <date when="YYYY-MM-DD">…</date> </edition> …
      <entry ref="entry-id"><in edition="…" at="passage-id 12 passage-id 14 …"/> …</entry> …
    (in a large collection <in edition="…" passages="12"/>, the number of passages only: see collection.py)
  Output: one self-contained HTML page listing every edition (title, interviewee, dates) and a corpus-wide index
  of names whose every entry links to the passages of each edition that mention it. Names, descriptions and
  authority links come from the corpus registers, through the reading edition's own functions, so that they read
  as in the edition pages.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-tei-edition:functions"
    xmlns:fp="urn:x-tei-edition:private"
    xmlns:m="urn:x-tei-edition:modes"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="modules/params.xsl"/>
  <xsl:include href="modules/functions.xsl"/>

  <!-- The XML syntax of HTML5, as the editions (see html.xsl): the CSS is written unescaped. -->
  <xsl:output method="xhtml" html-version="5" omit-xml-declaration="yes" encoding="UTF-8" escape-uri-attributes="no"
              include-content-type="no" indent="no"/>

  <!-- The editions in the order the listing gives them: by interviewee as filed, then date (collection.reading_order). -->
  <xsl:variable name="editions" as="element(edition)*" select="/editions/edition"/>

  <!-- What the dates are: an interview's where somebody is interviewed (@interviewed, as the edition's About says
       "Interview"); a focus group's, a phone-in's, a hearing's or a sitting's are dates. The column is headed
       "Interview date" in a collection of interviews alone, else "Date", which fits every row; each row's own label
       (data-label, shown where a phone stacks the cells) says which its date is. -->
  <!-- an interviewee column only where an edition names one: a collection of hearings or focus groups had a column
       of empty cells -->
  <xsl:variable name="fp:interviewees" as="xs:boolean" select="exists($editions/interviewee)"/>

  <xsl:variable name="fp:date-heading" as="xs:string"
      select="if (every $edition in $editions satisfies $edition/@interviewed) then 'Interview date' else 'Date'"/>

  <xsl:template match="/">
    <xsl:variable name="title" select="string(/editions/@title)"/>
    <html lang="{(/editions/@lang, 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{$generator}"/>
        <title>{$title}</title>
        <style><xsl:value-of select="unparsed-text(resolve-uri('css/edition.css', static-base-uri()))" disable-output-escaping="yes"/></style>
      </head>
      <body class="collection">
        <a class="skip-link" href="#main">Skip to the editions</a>
        <header class="site-header" role="banner">
          <h1>{$title}</h1>
          <p>{count($editions)} edition{if (count($editions) ne 1) then 's' else ''}. {fp:formats-sentence($editions)}</p>
        </header>
        <main id="main">
          <section aria-labelledby="editions-heading">
            <h2 id="editions-heading">Editions</h2>
            <!-- the order of collection.reading_order, said of the editions there are (a collection of hearings
                 names no interviewee) -->
            <p>{if (empty($editions/interviewee)) then 'By title, then by date.'
                else 'By interviewee, surname first, then by the date of the interview'
                     || ('; those naming no interviewee follow, by title'[$editions[empty(interviewee)]]) || '.'}</p>
            <table class="editions">
              <thead><tr><th scope="col">Title</th><xsl:if test="$fp:interviewees"><th scope="col">Interviewee</th></xsl:if><th scope="col">{$fp:date-heading}</th><th scope="col">Formats</th></tr></thead>
              <tbody>
                <xsl:for-each select="$editions">
                  <tr id="edition-{@id}">
                    <!-- dir="auto" on the title and each name, not on the cell: a title or name in a script written
                         right to left is set so, isolated, in a cell that stays left to right like the table (on the
                         cell it pushed a Hebrew name to the column's far edge, and a phone's column label after it:
                         "רחל :Interviewee"); data-label: the column's name, shown beside the value where a phone
                         stacks the cells -->
                    <td class="edition-title"><a href="{@html}" dir="auto">{@title}</a></td>
                    <xsl:if test="$fp:interviewees">
                      <td data-label="Interviewee">
                        <xsl:for-each select="interviewee">
                          <xsl:if test="position() gt 1">; </xsl:if>
                          <bdi>{.}</bdi>
                        </xsl:for-each>
                      </td>
                    </xsl:if>
                    <!-- each date isolated (bdi), as the names: an Arabic "12 مارس 2015" keeps its order in the
                         left-to-right cell; one printed in an era of its own is followed by the Gregorian date
                         (f:date-gloss), "令和3年4月10日 (10 April 2021)" -->
                    <td data-label="{if (@interviewed) then 'Interview date' else 'Date'}">
                      <xsl:for-each select="date">
                        <!-- "24 and 27 March 2000", "3, 10 and 17 March 2004", as About and the print dateline -->
                        <xsl:if test="position() gt 1">{if (position() eq last()) then ' and ' else ', '}</xsl:if>
                        <bdi>{.}</bdi><xsl:value-of select="f:date-gloss(., @when)"/>
                      </xsl:for-each>
                    </td>
                    <td class="formats">
                      <a href="{@html}">HTML</a>
                      <xsl:if test="@pdf"> · <a href="{@pdf}">PDF</a></xsl:if>
                      <xsl:if test="@tei"> · <a href="{@tei}">TEI</a></xsl:if>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </section>
          <!-- no index without a name to list (a collection whose editions mention no register entry) -->
          <xsl:if test="/editions/entry">
            <xsl:call-template name="fp:name-index"/>
          </xsl:if>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- What the editions are available as: only the formats the build made ("Each is available as a reading edition
       (HTML) and its TEI P5 archival master." without PDF); a format only some have is counted. -->
  <xsl:function name="fp:formats-sentence" as="xs:string">
    <xsl:param name="editions" as="element(edition)*"/>
    <xsl:variable name="names" select="map{'pdf': 'a print edition (PDF/A)', 'tei': 'its TEI P5 archival master'}"/>
    <xsl:variable name="counts" select="map{'pdf': count($editions[@pdf]), 'tei': count($editions[@tei])}"/>
    <xsl:variable name="every" select="('pdf', 'tei')[$counts(.) eq count($editions)]"/>
    <xsl:variable name="all" select="('a reading edition (HTML)', $every ! $names(.))"/>
    <xsl:sequence select="'Each is available as '
        || (if (count($all) gt 1) then string-join($all[position() lt last()], ', ') || ' and ' || $all[last()] else $all)
        || '.' || string-join(('pdf', 'tei')[not(. = $every)][$counts(.) gt 0] ! (' ' || $counts(.) || ' of them also as ' || $names(.) || '.'))"/>
  </xsl:function>

  <!-- Every register entry mentioned in any edition (grouped by tei_edition.collection), by kind and name. -->
  <xsl:template name="fp:name-index">
    <xsl:variable name="register" select="/editions/register/@href ! doc(.)"/>
    <xsl:variable name="editions-by-id" as="map(xs:string, element(edition))"
        select="map:merge($editions ! map{string(@id): .})"/>
    <section aria-labelledby="names-heading">
      <h2 id="names-heading">Index of names</h2>
      <xsl:for-each-group select="/editions/entry" group-by="fp:entry-kind($register, @ref)">
        <xsl:sort select="index-of(('person', 'org', 'place', 'bibl', 'entry'), current-grouping-key())"/>
        <h3>{map{'person': 'Persons', 'org': 'Organisations', 'place': 'Places', 'bibl': 'Works', 'entry': 'Other entries'}(current-grouping-key())}</h3>
        <ul class="index">
          <xsl:for-each select="current-group()">
            <xsl:sort select="f:index-key((fp:register-entry($register, @ref) ! f:index-name(.), string(@ref))[1])"/>
            <xsl:variable name="entry" select="fp:register-entry($register, @ref)"/>
            <li id="{@ref}">
              <strong>{if ($entry) then f:index-name($entry) else string(@ref)}</strong>
              <xsl:if test="$entry and f:entry-description($entry)">: {f:entry-description($entry)}</xsl:if>
              <xsl:for-each select="$entry/tei:idno[f:authority-url(.)]">
                {' '}<a class="authority" href="{f:authority-url(.)}">{f:authority-label(.)}</a>
              </xsl:for-each>
              <ul>
                <xsl:for-each select="in">
                  <xsl:variable name="edition" select="$editions-by-id(string(@edition))"/>
                  <xsl:variable name="html" select="string($edition/@html)"/>
                  <!-- passage id, number, passage id, number…: a pair of tokens per passage -->
                  <xsl:variable name="at" select="tokenize(@at)"/>
                  <li>
                    <a href="{$html}" dir="auto">{$edition/@title}</a>
                    <xsl:text>: </xsl:text>
                    <xsl:for-each select="$at[position() mod 2 eq 1]">
                      <xsl:variable name="i" select="position()"/>
                      <xsl:if test="$i gt 1">, </xsl:if>
                      <a href="{$html}#{.}">¶&#xA0;{$at[2 * $i]}</a>
                    </xsl:for-each>
                    <!-- a large collection: the edition's own index entry lists the passages -->
                    <xsl:if test="@passages">
                      <a href="{$html}#{../@ref}">{@passages}&#xA0;{if (@passages = '1') then 'passage' else 'passages'}</a>
                    </xsl:if>
                  </li>
                </xsl:for-each>
              </ul>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:for-each-group>
    </section>
  </xsl:template>

  <xsl:key name="fp:register-entries" match="tei:person | tei:org | tei:place | tei:bibl" use="@xml:id"/>

  <!-- The entry with the id $ref of the first register that has one, if there is a register (a build whose corpus has
       none still lists the names that earlier builds' editions mention; collections built together have one each,
       which give an id to one entry alone: tei_edition.build refuses two entries of one id). -->
  <xsl:function name="fp:register-entry" as="element()?">
    <xsl:param name="register" as="document-node()*"/>
    <xsl:param name="ref" as="xs:string"/>
    <xsl:sequence select="($register ! key('fp:register-entries', $ref, .))[1]"/>
  </xsl:function>

  <!-- person, org, place or bibl, from the register; "entry" for an id the register does not hold. -->
  <xsl:function name="fp:entry-kind" as="xs:string">
    <xsl:param name="register" as="document-node()*"/>
    <xsl:param name="ref" as="xs:string"/>
    <xsl:sequence select="(fp:register-entry($register, $ref) ! local-name(), 'entry')[1]"/>
  </xsl:function>

</xsl:stylesheet>
