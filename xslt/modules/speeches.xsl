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
    <xsl:variable name="persons" select="f:speakers(.)"/>
    <xsl:variable name="role" select="f:role($persons)"/>
    <xsl:variable name="times" select="fp:turn-times(.)"/>
    <div class="sp sp-{$role}" data-role="{$role}">
      <xsl:call-template name="t:id"/>
      <xsl:call-template name="t:retired-ids"/>
      <xsl:call-template name="t:speaker-label">
        <xsl:with-param name="role" select="$role"/>
        <xsl:with-param name="persons" select="$persons"/>
        <xsl:with-param name="times" select="$times"/>
      </xsl:call-template>
      <div class="sp-body">
        <xsl:apply-templates select="fp:turn-content(., $times)" mode="m:html"/>
      </div>
    </div>
  </xsl:template>

  <!-- The timecodes that open a turn (anchor[@synch] before its first paragraph, where a caption file or a table of
       turns timed it): shown in the turn's label, after the speaker, not as a line of their own. -->
  <xsl:function name="fp:turn-times" as="element(tei:anchor)*">
    <xsl:param name="sp" as="element(tei:sp)"/>
    <xsl:sequence select="if ($sp/tei:anchor)
                          then $sp/tei:anchor[@synch][empty(preceding-sibling::*[not(self::tei:speaker or self::tei:anchor)])]
                          else ()"/>
  </xsl:function>

  <!-- What a turn shows below its label: all but the speaker and the timecodes the label shows. -->
  <xsl:function name="fp:turn-content" as="node()*">
    <xsl:param name="sp" as="element(tei:sp)"/>
    <xsl:param name="times" as="element(tei:anchor)*"/>
    <xsl:sequence select="if (exists($times)) then $sp/node() except ($sp/tei:speaker, $times) else $sp/node() except $sp/tei:speaker"/>
  </xsl:function>

  <!-- The label: the speaker as printed ("EIR"), the role and the participant's name (fp:speaker-note), and a
       permalink to the speech. -->
  <xsl:template name="t:speaker-label">
    <xsl:param name="role" as="xs:string"/>
    <xsl:param name="persons" as="element(tei:person)*"/>
    <xsl:param name="times" as="element(tei:anchor)*" select="()"/>
    <xsl:variable name="note" select="fp:speaker-note(., $role, $persons)"/>
    <p class="speaker">
      <a class="speaker-link" href="#{@xml:id}" title="Permalink to this turn">
        <span class="speaker-name">
          <xsl:call-template name="t:speaker-name">
            <xsl:with-param name="role" select="$role"/>
            <xsl:with-param name="persons" select="$persons"/>
          </xsl:call-template>
        </span>
      </a>
      <!-- spaces between the parts, not only margins: the label's text (copied, or read by a screen reader) is
           "EIR Interviewer 00:05:00", not "EIRInterviewer00:05:00" -->
      <xsl:if test="exists($note)">
        <xsl:text> </xsl:text>
        <!-- the role is the apparatus's English: in a text written right to left it reads left to right, isolated
             (dir), "Interviewer: أحمد منصور", not "أحمد منصور :Interviewer" -->
        <span class="speaker-role">
          <xsl:if test="$fp:document-direction eq 'rtl'"><xsl:attribute name="dir" select="'ltr'"/></xsl:if>
          <xsl:text>{string-join($note, ': ')}</xsl:text>
        </span>
      </xsl:if>
      <xsl:for-each select="$times">
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="." mode="m:html"/>
      </xsl:for-each>
    </p>
  </xsl:template>

  <!-- The speaker's name in a turn's label: the speaker as printed, else the name of a turn printed without one. A
       remark in parentheses with a lower-case letter, "KARZAI (through interpreter)", "Mr DUTTON (Dickson—Leader of
       the Opposition)", is set as printed (.speaker-remark), not in the label's capitals ("(THROUGH INTERPRETER)"). -->
  <xsl:template name="t:speaker-name">
    <xsl:param name="role" as="xs:string"/>
    <xsl:param name="persons" as="element(tei:person)*"/>
    <xsl:choose>
      <xsl:when test="tei:speaker[contains(., '(')]">
        <xsl:for-each select="tei:speaker/node()">
          <xsl:choose>
            <xsl:when test="self::text()">
              <!-- a remark may hold one of its own: "The Chair (Mr. René Arseneault (Madawaska—Restigouche, Lib.))" -->
              <xsl:analyze-string select="." regex="\((?:[^()]|\([^()]*\))*\)">
                <xsl:matching-substring>
                  <xsl:choose>
                    <xsl:when test="matches(., '\p{Ll}')"><span class="speaker-remark">{.}</span></xsl:when>
                    <xsl:otherwise>{.}</xsl:otherwise>
                  </xsl:choose>
                </xsl:matching-substring>
                <xsl:non-matching-substring>{.}</xsl:non-matching-substring>
              </xsl:analyze-string>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates select="." mode="m:html"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="tei:speaker"><xsl:apply-templates select="tei:speaker/node()" mode="m:html"/></xsl:when>
      <xsl:otherwise>{fp:unlabelled-name($persons, $role)}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What a turn's label says beside the speaker as printed (the HTML and the print edition): the role, for an
       interviewer or interviewee (or a hearing's chair, member or witness), unless the label is the role ("INTERVIEWER",
       not "INTERVIEWER Interviewer"), and on a participant's first turn their name when the printed label does not
       hold it, in any case ("EIR": Umberto Pascali; not "TOM HALE Tom Hale"). A turn printed without a label shows the
       name as its label already; a participant the source never names has no name to add (not "Q (Reuters)
       Interviewer: unnamed reporter"). A turn spoken together ("HAROLD AND JUNE", "BOTH") says the role its speakers
       share in the plural and, on the first turn of any of them, all their names: "Interviewees: Harold Pickering and
       June Pickering". -->
  <xsl:function name="fp:speaker-note" as="xs:string*">
    <xsl:param name="sp" as="element(tei:sp)"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:param name="persons" as="element(tei:person)*"/>
    <xsl:variable name="label" select="$sp/tei:speaker ! lower-case(f:plain(.))"/>
    <!-- the names only on the first turn of one of the speakers, which is asked first: most turns are not -->
    <xsl:variable name="first-turn" select="some $person in $persons satisfies
        (if (root($sp) is $fp:document) then $fp:first-turns(string($person/@xml:id))
         else key('fp:sp-by-who', string($person/@xml:id), root($sp))[1]) is $sp"/>
    <xsl:variable name="names" select="if ($first-turn and exists($label))
                                       then $persons[f:is-named(.)] ! f:person-name(.)[not(contains($label, lower-case(.)))]
                                       else ()"/>
    <xsl:variable name="plural" select="count($persons) gt 1"/>
    <!-- where nobody is interviewed (a focus group, a phone-in) the interviewer is the moderator, as the byline, the
         participants and the records call her: "M Moderator", not "M Interviewer"; a label that is the role,
         "MODERATOR", adds none -->
    <xsl:variable name="interview-role" select="$role[. = ('interviewer', 'interviewee')]
        [exists($label) or empty($persons[not(f:is-named(.))])] ! (if (. eq 'interviewer' and $fp:moderated) then 'moderator' else .)
        ! (if ($plural) then fp:plural(.) else .)[not(. = $label)]"/>
    <!-- a hearing's roles (the converter's chair, member, witness, from the headnote's lists), unless the label says
         it ("The Chair"): "MR. MEL ARNOLD Member", "DR. IRENE TALLIS (…) Witness" -->
    <xsl:variable name="hearing-role" select="if ($role eq 'speaker' and $persons/@role)
        then tokenize($persons[1]/@role)[. = ('chair', 'member', 'witness')]
             [every $person in $persons satisfies tokenize($person/@role) = .][1]
             [not(contains($label, .))] ! (if ($plural) then fp:plural(.) else .)
        else ()"/>
    <xsl:sequence select="($interview-role, $hearing-role) ! f:capitalised(.), $names[1] ! f:join-names($names)"/>
  </xsl:function>

  <!-- Each participant's first turn in the document being rendered, by participant id (a turn spoken together under
       each of its speakers), found in one pass: every turn asks whether it is the first of one of its speakers.
       (A key() call costs SaxonC ≈ 0.85 µs, a map lookup ≈ 0.3.) -->
  <xsl:variable name="fp:first-turns" as="map(xs:string, element(tei:sp))">
    <xsl:map>
      <xsl:for-each-group select="//tei:sp" group-by="tokenize(@who) ! substring-after(., '#')">
        <xsl:map-entry key="current-grouping-key()" select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- Nobody is interviewed: the interviewers moderate (f:conducted-by's "Moderated by"). -->
  <xsl:variable name="fp:moderated" as="xs:boolean" select="not(f:interviewed(/))"/>

  <!-- "interviewees", "witnesses": the role of a turn spoken together. -->
  <xsl:function name="fp:plural" as="xs:string">
    <xsl:param name="role" as="xs:string"/>
    <xsl:sequence select="$role || (if (ends-with($role, 's')) then 'es' else 's')"/>
  </xsl:function>

  <!-- The label of a turn the source printed without one (answers after "Q:", a question in bold alone): the
       participant's name (the names of a turn spoken together); for a participant the source never names
       (persName[@type='unnamed'], the converter's "unnamed interviewee"), the role in brackets, "[Interviewee]",
       supplied by the edition like any bracket, rather than the stand-in as if it had been printed. -->
  <xsl:function name="fp:unlabelled-name" as="xs:string">
    <xsl:param name="persons" as="element(tei:person)*"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:sequence select="if (empty($persons)) then 'Speaker'
                          else f:join-names($persons ! (if ($role = 'speaker' or f:is-named(.)) then f:person-name(.)
                                                        else '[' || f:capitalised($role) || ']'))"/>
  </xsl:function>

</xsl:stylesheet>
