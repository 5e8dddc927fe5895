<?xml version="1.0" encoding="UTF-8"?>
<!--
  print.xsl: the PDF-ready print edition. It imports the HTML edition (html.xsl, with all its modules) and
  overrides only what paper needs; the page layout itself (page size, running heads, page numbers, the
  margin for paragraph numbers, widows and orphans) lives in paged-media CSS, css/print.css, which is
  inlined after the HTML edition's edition.css. tei_edition.pdf hands the result to WeasyPrint.

  Overridden (everything else is the HTML edition's):
    t:head           metadata WeasyPrint turns into the PDF's document information (title, author,
                     description → subject, keywords, generator); no scripts, no JSON-LD
    t:styles         edition.css + print.css (+ the paper size)
    t:body           no skip link, navigation, footer or scripts; a colophon at the end
    t:byline         adds the source and the interview dates to the title block; marks the strings
                     the running heads take (CSS string-set)
    t:cite-fragment  the per-paragraph "cite" disclosure: none on paper
    t:card           the hover cards of names: empty on paper
    m:index entries  one reference per paragraph, with its page number (CSS target-counter)
    t:cite-edition   the colophon: recommended citation, permalink, the embedded TEI
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

  <xsl:import href="html.xsl"/>

  <!-- Paper size: "a4" (the default, set in print.css) or "letter". -->
  <xsl:param name="paper" as="xs:string" select="'a4'"/>

  <!-- The paged-media stylesheet, inlined after edition.css; resolved against this stylesheet. -->
  <xsl:variable name="print-css-file" as="xs:string" select="'css/print.css'"/>

  <!-- Print has no scripts, whatever the HTML parameters say. -->
  <xsl:param name="js-inline" as="xs:boolean" select="false()"/>

  <!-- ===== head: what WeasyPrint reads into the PDF's metadata ===== -->

  <xsl:template name="t:head">
    <xsl:variable name="tei" select="/tei:TEI"/>
    <xsl:variable name="bibl" select="f:source-bibl(/)"/>
    <xsl:variable name="subject" select="(f:sub-title(/)[.], f:citation(/, ()))[1]"/>
    <head>
      <meta charset="utf-8"/>
      <title>{f:main-title(/)}</title>
      <xsl:for-each select="f:participants-with-role(/, 'interviewee'), f:participants-with-role(/, 'interviewer')">
        <meta name="author" content="{f:person-name(.)}"/>
      </xsl:for-each>
      <meta name="description" content="{$subject}"/>
      <meta name="keywords" content="{string-join(distinct-values((
          'interview',
          f:plain($bibl/tei:title[@level = 'j'][1])[.],
          f:participants(/) ! f:person-name(.),
          $tei/tei:standOff//(tei:person | tei:org | tei:place)[exists(f:mentions(.))] ! f:entry-name(.)
        )) ! replace(., ',', ''), ', ')}"/>
      <meta name="generator" content="{$generator}"/>
      <link rel="canonical" href="{f:permalink(/)}"/>
      <xsl:call-template name="t:styles"/>
    </head>
  </xsl:template>

  <xsl:template name="t:styles">
    <!-- $css-file is relative to modules/ (params.xsl), as in the HTML edition -->
    <style>{unparsed-text(resolve-uri($css-file, resolve-uri('modules/params.xsl', static-base-uri())))}</style>
    <style>{unparsed-text(resolve-uri($print-css-file, static-base-uri()))}</style>
    <xsl:if test="lower-case($paper) = 'letter'">
      <style>@page {{ size: letter; }}</style>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t:scripts"/>

  <!-- ===== body ===== -->

  <xsl:template name="t:body">
    <xsl:variable name="tei" select="/tei:TEI"/>
    <body class="print paper-{lower-case($paper)}">
      <main id="ed-main">
        <article class="edition" aria-labelledby="ed-title">
          <xsl:call-template name="t:title-block"/>
          <xsl:apply-templates select="$tei/tei:text/tei:front/* except $tei/tei:text/tei:front/tei:titlePage" mode="m:html"/>
          <xsl:apply-templates select="$tei/tei:text/tei:body" mode="m:html"/>
          <xsl:apply-templates select="$tei/tei:text/tei:back" mode="m:html"/>
        </article>
        <xsl:call-template name="t:indexes"/>
        <xsl:call-template name="t:metadata"/>
        <xsl:call-template name="t:cite-edition"/>
      </main>
    </body>
  </xsl:template>

  <!-- "Viktor Mizin interviewed by Umberto Pascali", then the source and the interview dates. The
       interviewee's name feeds the running head (string-set on .running-name). -->
  <xsl:template name="t:byline">
    <xsl:variable name="interviewees" select="f:participants-with-role(/, 'interviewee') ! f:person-name(.)"/>
    <xsl:variable name="interviewers" select="f:participants-with-role(/, 'interviewer') ! f:person-name(.)"/>
    <xsl:variable name="bibl" select="f:source-bibl(/)"/>
    <xsl:variable name="creation" select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation"/>
    <xsl:if test="exists($interviewees) or exists($interviewers)">
      <p class="byline">
        <span class="byline-people">
          <span class="running-name">{f:join-names(if (exists($interviewees)) then $interviewees else $interviewers)}</span>
          <xsl:if test="exists($interviewees) and exists($interviewers)"> interviewed by {f:join-names($interviewers)}</xsl:if>
        </span>
      </p>
    </xsl:if>
    <dl class="dateline">
      <xsl:if test="$creation">
        <dt>Interview</dt>
        <dd><xsl:apply-templates select="$creation/node()" mode="m:html"/></dd>
      </xsl:if>
      <xsl:if test="$bibl">
        <dt>Source</dt>
        <dd class="source"><xsl:apply-templates select="$bibl" mode="m:header"/></dd>
      </xsl:if>
    </dl>
  </xsl:template>

  <!-- ===== no interactive parts on paper ===== -->

  <xsl:template name="t:cite-fragment"/>

  <!-- names.xsl builds one card per entry as element(): on paper it is an empty, undisplayed span. -->
  <xsl:template name="t:card">
    <xsl:param name="entry" as="element()"/>
    <span class="card" hidden=""/>
  </xsl:template>

  <!-- ===== index: one reference per paragraph, its page added by CSS (target-counter) ===== -->

  <xsl:template match="tei:person | tei:org | tei:place" mode="m:index">
    <!-- "/" (not "!"): each paragraph once, in document order -->
    <xsl:variable name="paragraphs" select="f:mentions(.)/ancestor::*[@xml:id][1]" as="element()*"/>
    <li class="entry entry-{local-name()}" id="{@xml:id}">
      <span class="entry-name">{f:entry-name(.)}</span>
      <xsl:if test="f:entry-description(.)">
        <span class="entry-desc">, {f:entry-description(.)}</span>
      </xsl:if>
      <xsl:text> </xsl:text>
      <span class="entry-mentions">
        <xsl:for-each select="$paragraphs">
          <a class="backlink" href="#{@xml:id}">{(@n ! ('¶ ' || .), 'mention')[1]}</a>
          <xsl:if test="position() ne last()">, </xsl:if>
        </xsl:for-each>
      </span>
    </li>
  </xsl:template>

  <!-- ===== colophon ===== -->

  <xsl:template name="t:cite-edition">
    <section class="cite colophon" id="ed-cite" aria-labelledby="ed-cite-title">
      <h2 id="ed-cite-title">Colophon</h2>
      <p class="cite-hint">Recommended citation:</p>
      <p class="citation" id="ed-citation">{f:citation(/, ())} <span class="url">{f:permalink(/)}</span></p>
      <p class="cite-hint">Paragraph numbers in the margin are the same as in the online edition: a paragraph
        is cited as the permalink followed by “#” and its identifier, e.g.
        <span class="url">{(/tei:TEI/tei:text//tei:p[@xml:id])[1] ! f:fragment-permalink(.)}</span>.</p>
      <p class="cite-hint">This PDF/A file carries its TEI P5 source ({f:doc-id(/)}.xml) as an embedded
        file. Typeset by {$generator} in Noto Serif and Noto Sans.</p>
    </section>
  </xsl:template>

</xsl:stylesheet>
