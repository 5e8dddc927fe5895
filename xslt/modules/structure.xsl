<?xml version="1.0" encoding="UTF-8"?>
<!--
  structure.xsl: the page skeleton (html, head, body, landmarks, skip link, navigation) and the divisions of
  TEI text (titlePage, headnote, interview divs, paragraphs). Page parts are named templates (t:*) so that
  print.xsl can replace one part without copying the rest.
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

  <!-- m:html renders the text of the edition. Text is copied; elements without a template are reported by
       unhandled.xsl (never dropped silently); comments and processing instructions are left out. -->
  <xsl:mode name="m:html" on-no-match="text-only-copy"/>

  <!-- ===== page ===== -->

  <xsl:template name="t:page">
    <xsl:variable name="tei" select="/tei:TEI"/>
    <html lang="{($tei/@xml:lang, 'en')[1]}">
      <xsl:call-template name="t:head"/>
      <xsl:call-template name="t:body"/>
    </html>
  </xsl:template>

  <xsl:template name="t:head">
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>{f:main-title(/)}{f:sub-title(/)[.] ! (': ' || .)}</title>
      <xsl:call-template name="t:meta"/>
      <xsl:call-template name="t:styles"/>
    </head>
  </xsl:template>

  <!-- The default CSS and script (params.xsl), read once when the stylesheet is compiled: reading them for every
       page cost ≈ 0.3 ms of ≈ 8. Other files named by css-file / js-file are read when a page is rendered. -->
  <xsl:variable name="fp:default-css-file" static="yes" as="xs:string" select="'../css/edition.css'"/>
  <xsl:variable name="fp:default-css" static="yes" as="xs:string" select="unparsed-text($fp:default-css-file)"/>
  <xsl:variable name="fp:default-js-file" static="yes" as="xs:string" select="'../js/edition.js'"/>
  <xsl:variable name="fp:default-js" static="yes" as="xs:string" select="unparsed-text($fp:default-js-file)"/>

  <xsl:function name="fp:inlined-text" as="xs:string">
    <xsl:param name="file" as="xs:string"/>
    <xsl:sequence select="if ($file eq $fp:default-css-file) then $fp:default-css
                          else if ($file eq $fp:default-js-file) then $fp:default-js
                          else unparsed-text(resolve-uri($file, static-base-uri()))"/>
  </xsl:function>

  <xsl:template name="t:styles">
    <xsl:choose>
      <xsl:when test="$css-inline">
        <style><xsl:value-of select="fp:inlined-text($css-file)" disable-output-escaping="yes"/><xsl:call-template name="t:card-styles"/></style>
      </xsl:when>
      <xsl:otherwise>
        <link rel="stylesheet" href="{$css-href}"/>
        <!-- the cards' texts belong to this document: inline even when the stylesheet is linked -->
        <style id="ed-cards"><xsl:call-template name="t:card-styles"/></style>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="t:scripts">
    <xsl:if test="$js-inline">
      <script><xsl:value-of select="fp:inlined-text($js-file)" disable-output-escaping="yes"/></script>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t:body">
    <xsl:variable name="tei" select="/tei:TEI"/>
    <body>
      <a class="skip-link" href="#ed-main">Skip to the text</a>
      <header class="site-header">
        <xsl:call-template name="t:apparatus-language"/>
        <p class="site-name">{($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher[normalize-space()], 'Digital edition')[1]
                              => normalize-space()}</p>
        <xsl:call-template name="t:nav"/>
      </header>
      <main id="ed-main" tabindex="-1">
        <article class="edition" aria-labelledby="ed-title">
          <xsl:call-template name="t:document-direction"/>
          <xsl:call-template name="t:title-block"/>
          <xsl:apply-templates select="$tei/tei:text/tei:front/* except $tei/tei:text/tei:front/tei:titlePage" mode="m:html"/>
          <xsl:apply-templates select="$tei/tei:text/tei:body" mode="m:html"/>
          <xsl:apply-templates select="$tei/tei:text/tei:back" mode="m:html"/>
        </article>
        <xsl:call-template name="t:indexes"/>
        <xsl:call-template name="t:metadata"/>
        <xsl:call-template name="t:cite-edition"/>
      </main>
      <xsl:call-template name="t:footer"/>
      <xsl:call-template name="t:scripts"/>
    </body>
  </xsl:template>

  <xsl:template name="t:nav">
    <nav class="site-nav" aria-label="Sections of this page">
      <ul>
        <li><a href="#ed-main">Text</a></li>
        <xsl:if test="/tei:TEI/tei:standOff//(tei:person | tei:org | tei:place)">
          <li><a href="#ed-index">Index</a></li>
        </xsl:if>
        <li><a href="#ed-about">About</a></li>
        <li><a href="#ed-cite">Cite</a></li>
      </ul>
    </nav>
  </xsl:template>

  <xsl:template name="t:footer">
    <footer class="site-footer">
      <xsl:call-template name="t:apparatus-language"/>
      <p>
        <xsl:text>Generated from the </xsl:text>
        <a href="{f:tei-href(/)}" download="">TEI P5 master</a>
        <xsl:text> by {$generator}. Permalink: </xsl:text>
        <span class="url"><xsl:call-template name="t:url-text"><xsl:with-param name="url" select="$fp:permalink"/></xsl:call-template></span>
      </p>
    </footer>
  </xsl:template>

  <!-- ===== title block: kicker, title, byline ===== -->

  <xsl:template name="t:title-block">
    <xsl:variable name="tei" select="/tei:TEI"/>
    <xsl:variable name="doc-title" select="$tei/tei:text/tei:front/tei:titlePage/tei:docTitle"/>
    <header class="title-block">
      <xsl:for-each select="$doc-title/tei:titlePart[@type = 'kicker']">
        <p class="kicker"><xsl:apply-templates mode="m:html"/></p>
      </xsl:for-each>
      <h1 id="ed-title">
        <xsl:choose>
          <!-- a title in another direction than the text's: isolated, in its own (see fp:title-direction) -->
          <xsl:when test="$fp:title-direction ne $fp:document-direction">
            <bdi dir="{$fp:title-direction}"><xsl:call-template name="t:title-text"/></bdi>
          </xsl:when>
          <xsl:otherwise><xsl:call-template name="t:title-text"/></xsl:otherwise>
        </xsl:choose>
      </h1>
      <xsl:for-each select="$doc-title/tei:titlePart[not(@type = ('kicker', 'main'))]">
        <p class="subtitle"><xsl:apply-templates mode="m:html"/></p>
      </xsl:for-each>
      <xsl:call-template name="t:byline"/>
    </header>
  </xsl:template>

  <xsl:template name="t:title-text">
    <xsl:variable name="main" select="/tei:TEI/tei:text/tei:front/tei:titlePage/tei:docTitle/tei:titlePart[@type = 'main']"/>
    <xsl:choose>
      <!-- A title printed over two or three lines (titlePart with lb): set so (<br/>), and read as the header's title,
           which joined the lines with ": ", "; " or a space (the converter's title_lines): the join is kept, visually
           hidden, for whoever reads the heading as text (a screen reader, a copy): "National Life Stories: An Oral
           History of British Science", as the page's <title> and the citations say, not "National Life Stories An
           Oral History…". The space before the break goes: the join holds one. -->
      <xsl:when test="$main/tei:lb">
        <xsl:variable name="joins" select="fp:title-joins($main)"/>
        <xsl:for-each-group select="$main/node()" group-ending-with="tei:lb">
          <xsl:variable name="n" select="position()"/>
          <xsl:variable name="line" select="current-group()[not(self::tei:lb)]"/>
          <xsl:variable name="break" select="current-group()[self::tei:lb]"/>
          <xsl:variable name="last-text" select="$line[last()][self::text()][exists($break)]"/>
          <xsl:apply-templates select="$line except $last-text" mode="m:html"/>
          <xsl:value-of select="$last-text ! replace(., '\s+$', '')"/>
          <xsl:if test="$break"><span class="title-join">{$joins[$n]}</span><br/></xsl:if>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:when test="$main">
        <xsl:call-template name="t:title-nodes"><xsl:with-param name="nodes" select="$main/node()"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="fp:title-words(f:main-title(/))"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A title's or a heading's content: its text by fp:title-words, its elements as anywhere in the text. -->
  <xsl:template name="t:title-nodes">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:for-each select="$nodes">
      <xsl:choose>
        <xsl:when test="self::text()"><xsl:sequence select="fp:title-words(.)"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="." mode="m:html"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A dash between two parts of a title or a heading ("Project Meridian – Focus Group 3", "Session 2 — 10 March
       2004") ends its line, with the word before it: balanced, the title was set "PROJECT MERIDIAN / – FOCUS GROUP 3",
       a line opening with a dash. The spaces stay spaces (copied and read as the title is written). -->
  <xsl:function name="fp:title-words" as="item()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:analyze-string select="$text" regex="(\S+\s[&#x2013;&#x2014;])(\s)">
      <xsl:matching-substring><span class="nowrap">{regex-group(1)}</span>{regex-group(2)}</xsl:matching-substring>
      <xsl:non-matching-substring>{.}</xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- The joins of a titlePart's lines in the header's title (f:main-title), line by line. -->
  <xsl:function name="fp:title-joins" as="xs:string*">
    <xsl:param name="title-part" as="element(tei:titlePart)"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:for-each-group select="$title-part/node()" group-ending-with="tei:lb">
        <xsl:sequence select="f:plain(current-group()[not(self::tei:lb)])"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="fp:joins($lines, f:main-title($title-part))"/>
  </xsl:function>

  <!-- $title: the header's title from $lines[1] on; a join it does not show is a space. -->
  <xsl:function name="fp:joins" as="xs:string*">
    <xsl:param name="lines" as="xs:string*"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:if test="count($lines) gt 1">
      <xsl:variable name="after" select="if (starts-with($title, $lines[1])) then substring($title, string-length($lines[1]) + 1) else ''"/>
      <xsl:variable name="join" select="((': ', '; ')[starts-with($after, .)], ' ')[1]"/>
      <xsl:sequence select="$join, fp:joins(tail($lines), substring($after, string-length($join) + 1))"/>
    </xsl:if>
  </xsl:function>

  <!-- "Viktor Mizin interviewed by Umberto Pascali · Executive Intelligence Review (2000)" -->
  <xsl:template name="t:byline">
    <!-- the names as the citations give them: one printed in capitals re-cased ("Karen Lindgren interviewed by
         Mr. Holloway", not "KAREN LINDGREN interviewed by MR. HOLLOWAY") -->
    <xsl:variable name="interviewees" select="f:cited-names(/, 'interviewee')"/>
    <xsl:variable name="interviewers" select="f:cited-names(/, 'interviewer')"/>
    <xsl:variable name="bibl" select="f:source-bibl(/)"/>
    <xsl:variable name="source-known" select="exists($bibl/tei:title[not(@level = 'a')])"/>
    <xsl:if test="exists(($interviewees, $interviewers)) or $source-known">
      <p class="byline">
        <xsl:if test="exists(($interviewees, $interviewers))">
          <span class="byline-people">
            <xsl:choose>
              <xsl:when test="$fp:document-direction eq 'rtl'">
                <xsl:call-template name="t:byline-people-rtl">
                  <xsl:with-param name="interviewees" select="$interviewees"/>
                  <xsl:with-param name="interviewers" select="$interviewers"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <xsl:text>{if (empty($interviewees)) then f:conducted-by(/) || ' ' || f:join-names($interviewers)
                           else f:join-names($interviewees) || (' interviewed by ' || f:join-names($interviewers))[exists($interviewers)]}</xsl:text>
              </xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:if>
        <xsl:if test="$source-known">
          <span class="byline-source">
            <cite>{f:plain(($bibl/tei:title[@level = 'j'], $bibl/tei:title[not(@level = 'a')])[1])}</cite>
            <xsl:if test="f:source-date(/)">, {f:plain($bibl/tei:date[1])}</xsl:if>
          </span>
        </xsl:if>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- The byline's people in a text written right to left: the byline is the apparatus's English ("… interviewed by
       …"), so it reads left to right (dir="ltr" on its span, which isolates it) and each name is isolated (bdi) in its
       own direction. Set in the text's direction, "فاطمة الزهراء interviewed by أحمد منصور" showed the interviewer's
       name first, and two Arabic names joined by a comma came in reverse order. Used by print.xsl too. -->
  <xsl:template name="t:byline-people-rtl">
    <xsl:param name="interviewees" as="xs:string*"/>
    <xsl:param name="interviewers" as="xs:string*"/>
    <xsl:attribute name="dir" select="'ltr'"/>
    <xsl:if test="empty($interviewees)">{f:conducted-by(/)} </xsl:if>
    <xsl:call-template name="t:isolated-names">
      <xsl:with-param name="names" select="if (exists($interviewees)) then $interviewees else $interviewers"/>
    </xsl:call-template>
    <xsl:if test="exists($interviewees) and exists($interviewers)">
      <xsl:text> interviewed by </xsl:text>
      <xsl:call-template name="t:isolated-names">
        <xsl:with-param name="names" select="$interviewers"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Names joined as f:join-names joins them ("A, B and C"), each in a bdi. -->
  <xsl:template name="t:isolated-names">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:for-each select="$names">
      <xsl:if test="position() gt 1">{if (position() eq last()) then ' and ' else ', '}</xsl:if>
      <bdi>{.}</bdi>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== divisions ===== -->

  <xsl:template match="tei:body" mode="m:html">
    <xsl:apply-templates mode="m:html"/>
  </xsl:template>

  <xsl:template match="tei:back" mode="m:html">
    <div class="back"><xsl:apply-templates mode="m:html"/></div>
  </xsl:template>

  <xsl:template match="tei:div[@type = 'headnote']" mode="m:html">
    <section class="headnote" aria-label="Headnote">
      <xsl:call-template name="t:id"/>
      <xsl:call-template name="t:retired-ids"/>
      <xsl:apply-templates mode="m:html"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div" mode="m:html">
    <section class="div div-{(@type, 'section')[1]}">
      <xsl:call-template name="t:id"/>
      <xsl:attribute name="aria-label" select="if (tei:head) then f:plain(tei:head[1])
                                               else if (@type = 'interview') then 'Interview'
                                               else 'Section'"/>
      <xsl:call-template name="t:retired-ids"/>
      <xsl:apply-templates mode="m:html"/>
    </section>
  </xsl:template>

  <!-- A heading of the text itself (a part, a session, an examination): class "head", which the stylesheets set in the
       text's face, apart from the headings of the page's own sections (Index, About this edition, Cite this). Its
       level counts the headed divisions around it: a headnote's contents list ("Contents", in a headnote without a
       heading) was an h3 under the h1, a level skipped for those who go by headings. -->
  <xsl:template match="tei:head" mode="m:html">
    <xsl:variable name="level" select="min((count(ancestor::tei:div[tei:head]) + 1, 6))"/>
    <xsl:element name="h{$level}">
      <xsl:attribute name="class" select="'head'"/>
      <xsl:call-template name="t:title-nodes"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
    </xsl:element>
  </xsl:template>

  <!-- A paragraph: the TEI id as HTML id, the number (@n) in the margin as a permalink, and a per-paragraph
       "cite" disclosure. The wrapper holds what a <p> cannot contain (the <details>). -->
  <xsl:template match="tei:p" mode="m:html">
    <xsl:variable name="contents-entry" select="parent::tei:div/@type = 'contents'"/>
    <div class="para">
      <p>
        <xsl:call-template name="t:id"/>
        <xsl:if test="@rend"><xsl:call-template name="t:rend"/></xsl:if>
        <xsl:call-template name="t:retired-ids"/>
        <xsl:if test="@xml:id">
          <a class="pnum" href="#{@xml:id}" aria-label="Paragraph {(@n, '')[1]} (permalink)">
            <xsl:if test="$fp:text-not-english"><xsl:attribute name="lang" select="'en'"/></xsl:if>
            <xsl:choose>
              <xsl:when test="@n">{@n}</xsl:when>
              <xsl:otherwise>¶</xsl:otherwise>
            </xsl:choose>
          </a>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$contents-entry"><xsl:call-template name="t:contents-entry"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="t:paragraph-contents"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <!-- an entry of the source's contents list (div[@type='contents']) keeps its permalink, but no one cites it -->
      <xsl:if test="@xml:id and not($contents-entry)">
        <xsl:call-template name="t:cite-fragment"/>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- An entry of the source's contents list that names a part of the text ("Early life" over "Early life", with or
       without the printed page: "Early life .......... 3") links to that part, as a contents list on a page does; an
       entry whose part the transcript does not hold (the pages of a printed book) stays text. -->
  <xsl:template name="t:contents-entry">
    <xsl:variable name="part" select="key('fp:parts-by-head', fp:contents-key(.))[1]"/>
    <xsl:choose>
      <xsl:when test="$part/@xml:id">
        <a class="contents-link" href="#{$part/@xml:id}"><xsl:apply-templates mode="m:html"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="m:html"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The parts of the text by their heading (a key built where a contents list first asks for it). -->
  <xsl:key name="fp:parts-by-head" match="tei:body//tei:div[tei:head]" use="fp:contents-key(tei:head[1])"/>

  <!-- "early life" for "Early life", "EARLY LIFE" and "Early life .......... 3": the words, without a leader's dots and
       the page after them, in lower case. -->
  <xsl:function name="fp:contents-key" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="lower-case(replace(normalize-space($node), '\s*[.·…_]{2,}\s*[0-9ivxlcdmIVXLCDM]*$', ''))"/>
  </xsl:function>

  <!-- Paragraphs in the metadata (availability, editorial declaration) are plain paragraphs. -->
  <xsl:template match="tei:teiHeader//tei:p | tei:standOff//tei:p" mode="m:html">
    <p><xsl:apply-templates mode="m:html"/></p>
  </xsl:template>

  <!-- A paragraph printed wholly in italics in the source (p/@rend="italic", as the converter records it): the class
       that sets it so, for the screen (edition.css) and print (print.css). -->
  <xsl:template name="t:rend">
    <xsl:if test="tokenize(@rend) = 'italic'">
      <xsl:attribute name="class" select="'rend-italic'"/>
    </xsl:if>
  </xsl:template>

  <!-- Copies the TEI xml:id to the HTML id, and the language when it differs. -->
  <xsl:template name="t:id">
    <xsl:param name="node" select="." as="element()"/>
    <xsl:if test="$node/@xml:id">
      <xsl:attribute name="id" select="$node/@xml:id"/>
    </xsl:if>
    <xsl:if test="$node/@xml:lang">
      <xsl:call-template name="t:lang">
        <xsl:with-param name="node" select="$node"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Old permalinks. An id a re-conversion retired (revisionDesc: change[@type = 'id-retired']/@n, its ptr naming the
       live passage that took its place; stable_ids.py) is still in the citations published before: "…html#…-p9" landed
       at the top of the page. It is given again as the id of an empty span at the start of that passage, so that the
       old permalink lands there, in the HTML and in the PDF (whose named destinations are the page's ids). Called by
       every passage that can hold a retired id (div, sp, p, lg, note) after its attributes; on a page without
       retirements it costs one test of a global boolean. A retired id is never reused (stable_ids.py), and one the
       text holds again all the same (a hand edit) is left out, and one recorded twice given once: ids stay unique. -->
  <xsl:variable name="fp:retired-changes" as="element(tei:change)*"
                select="/tei:TEI/tei:teiHeader/tei:revisionDesc//tei:change[@type = 'id-retired']"/>
  <xsl:variable name="fp:ids-retired" as="xs:boolean" select="exists($fp:retired-changes)"/>
  <!-- live id → the ids retired into it; a map of the few records, not a key (a key's index is built by a pass over
       the whole document: 0.4 ms of 7). A record names a live id; one whose target was retired in turn (a TEI edited
       by hand, or written before records were re-pointed) leads on through the target's record, as `tei-edition
       resolve` follows it (stable_ids.successor). -->
  <xsl:variable name="fp:retired-ids" as="map(xs:string, xs:string*)">
    <xsl:map>
      <xsl:if test="$fp:ids-retired">
        <xsl:variable name="records" as="element(tei:change)*">
          <xsl:for-each-group select="$fp:retired-changes[@n castable as xs:NCName][empty(id(@n))]" group-by="@n">
            <xsl:sequence select="current-group()[1]"/>
          </xsl:for-each-group>
        </xsl:variable>
        <xsl:variable name="targets" as="map(xs:string, xs:string)">
          <xsl:map>
            <xsl:for-each select="$records">
              <xsl:for-each select="tei:ptr[1]/@target[starts-with(., '#')]">
                <xsl:map-entry key="string(../../@n)" select="substring(., 2)"/>
              </xsl:for-each>
            </xsl:for-each>
          </xsl:map>
        </xsl:variable>
        <xsl:for-each-group select="$records" group-by="fp:live-successor(@n, $targets, ())">
          <xsl:map-entry key="current-grouping-key()" select="current-group()/@n ! string()"/>
        </xsl:for-each-group>
      </xsl:if>
    </xsl:map>
  </xsl:variable>

  <!-- The live id a retired id leads to, through the records' targets ($targets: retired id → target); none where the
       chain ends in no passage of the text or runs in a circle. -->
  <xsl:function name="fp:live-successor" as="xs:string?">
    <xsl:param name="retired" as="xs:string"/>
    <xsl:param name="targets" as="map(xs:string, xs:string)"/>
    <xsl:param name="seen" as="xs:string*"/>
    <xsl:variable name="target" select="$targets($retired)"/>
    <xsl:sequence select="if (empty($target) or $target = $seen) then ()
                          else if (exists(id($target, $fp:retired-changes[1]))) then $target
                          else fp:live-successor($target, $targets, ($seen, $retired))"/>
  </xsl:function>

  <xsl:template name="t:retired-ids">
    <xsl:if test="$fp:ids-retired">
      <xsl:for-each select="$fp:retired-ids(string(@xml:id))">
        <span class="retired-id" id="{.}"></span>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The page's own words (its navigation, index, "About this edition", "Cite this" and footer) are English: on a
       page whose text is in another language (<html lang>) they say so, or a screen reader reads them in the text's
       voice, "About this edition" spoken as Greek. -->
  <xsl:template name="t:apparatus-language">
    <xsl:if test="$fp:text-not-english"><xsl:attribute name="lang" select="'en'"/></xsl:if>
  </xsl:template>

  <xsl:variable name="fp:text-language" as="xs:string" select="string((/tei:TEI/@xml:lang, 'en')[1])"/>
  <xsl:variable name="fp:text-not-english" as="xs:boolean"
      select="lower-case(substring-before($fp:text-language || '-', '-')) ne 'en'"/>

  <!-- The direction of the document's language, given as a dir attribute where it is right to left. -->
  <xsl:template name="t:document-direction">
    <xsl:if test="$fp:document-direction eq 'rtl'">
      <xsl:attribute name="dir" select="'rtl'"/>
    </xsl:if>
  </xsl:template>

  <!-- The language of a passage (xml:lang), and its writing direction where it differs from the text around it. -->
  <xsl:template name="t:lang">
    <xsl:param name="node" select="." as="element()"/>
    <xsl:if test="$node/@xml:lang">
      <xsl:attribute name="lang" select="$node/@xml:lang"/>
      <xsl:variable name="direction" select="f:text-direction($node/@xml:lang)"/>
      <xsl:if test="$direction ne f:text-direction($node/ancestor::*[@xml:lang][1]/@xml:lang)">
        <xsl:attribute name="dir" select="$direction"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
