using System.Text;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Content;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Urgency;
using IepNavigator.Triage.Wording;
using Microsoft.AspNetCore.Antiforgery;
using static IepNavigator.Triage.AdvocateConsole.ConsoleHtml;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>
/// One request: the brief's glance (urgency, next deadline), then the work — status, assignment, notes — at the top,
/// then the brief's sections, then everything done to this request (its audit).
/// </summary>
internal static class PacketPage
{
    public const int MaxNoteLength = 4000;

    public static string Body(StoredPacket stored, Brief brief, PacketBrief briefs, IReadOnlyList<AuditEntry> activity, AntiforgeryTokenSet tokens,
        ContentStrings words, AdvocateTime time, IReadOnlyList<string> advocates)
    {
        var packet = stored.Packet;
        var id = packet.Id.ToString("D");
        var path = $"{AdvocateConsoleEndpoints.BasePath}/packets/{id}";
        var html = new StringBuilder();
        html.Append("<div class=\"glance ").Append(UrgencyWording.Code(packet.Urgency.Level)).Append("\">");
        for (var i = 0; i < brief.Glance.Count; i++)
        {
            html.Append("<p").Append(i == 0 ? " class=\"level\"" : string.Empty).Append('>').Append(Encode(brief.Glance[i])).Append("</p>");
        }
        html.Append("</div><p><a href=\"").Append(path).Append("/export.docx\">").Append(Encode(words.Get("packet.download"))).Append("</a></p>");

        Work(html, stored, path, tokens, words, briefs, time, advocates);

        foreach (var section in brief.Sections)
        {
            html.Append("<section aria-labelledby=\"s-").Append(section.Id).Append("\"><h2 id=\"s-").Append(section.Id).Append("\">")
                // Steps carry their own number (the .docx reads the same lines): no bullet before "1.".
                .Append(Encode(section.Heading)).Append(section.Id == "steps" ? "</h2><ul class=\"numbered\">" : "</h2><ul>");
            foreach (var line in section.Lines)
            {
                Line(html, line);
            }
            html.Append("</ul></section>");
        }

        html.Append("<section aria-labelledby=\"s-activity\"><h2 id=\"s-activity\">").Append(Encode(words.Get("packet.activity"))).Append("</h2><ul>");
        if (activity.Count == 0)
        {
            html.Append("<li>").Append(Encode(words.Get("packet.noActivity"))).Append("</li>");
        }
        foreach (var entry in activity)
        {
            html.Append("<li>").Append(Encode($"{time.Format(entry.At)} — {QueuePage.Actor(entry.Actor, words)}: {QueuePage.Action(entry.Action, words, briefs)}")).Append("</li>");
        }
        return html.Append("</ul></section>").ToString();
    }

    private static void Line(StringBuilder html, BriefLine line)
    {
        html.Append("<li").Append(line.Emphasis == BriefEmphasis.Alert ? " class=\"alert\"" : string.Empty).Append('>');
        if (line.Label is { } label)
        {
            html.Append(Encode(label)).Append(' ');
        }
        if (line.Lang is { } lang && line.Note is { } note)
        {
            // The parent's text as written, in its language (screen readers switch voice), and what language it is.
            html.Append("<q lang=\"").Append(Encode(lang)).Append("\">").Append(Encode(line.Text)).Append("</q> <span class=\"note\">(")
                .Append(Encode(note)).Append(")</span>");
        }
        else if (line.Lang is { } spoken)
        {
            html.Append("<span lang=\"").Append(Encode(spoken)).Append("\">").Append(Encode(line.Text)).Append("</span>");
        }
        else
        {
            html.Append(Encode(line.Text));
        }
        html.Append("</li>");
    }

    private static void Work(StringBuilder html, StoredPacket stored, string path, AntiforgeryTokenSet tokens, ContentStrings words, PacketBrief briefs, AdvocateTime time, IReadOnlyList<string> advocates)
    {
        html.Append("<section class=\"work\" aria-labelledby=\"s-work\"><h2 id=\"s-work\">").Append(Encode(words.Get("packet.work"))).Append("</h2>")
            .Append("<p>").Append(Encode(words.Format("packet.statusNow", briefs.StatusLabel(stored.Status), time.Format(stored.StatusChangedAt)))).Append("</p>")
            .Append("<p>").Append(Encode(words.Format("packet.assignedTo", stored.AssignedTo ?? words.Get("queue.unassigned")))).Append("</p>")
            .Append("<div class=\"forms\">");

        html.Append("<form method=\"post\" action=\"").Append(path).Append("/status\">").Append(Antiforgery(tokens))
            .Append("<p><label for=\"status\">").Append(Encode(words.Get("packet.statusLabel"))).Append("</label><br><select id=\"status\" name=\"status\">");
        foreach (var status in Enum.GetValues<PacketStatus>())
        {
            var name = KnowledgeJson.EnumName(status);
            html.Append("<option value=\"").Append(name).Append('"').Append(status == stored.Status ? " selected" : string.Empty)
                .Append('>').Append(Encode(briefs.StatusLabel(status))).Append("</option>");
        }
        html.Append("</select> <button type=\"submit\">").Append(Encode(words.Get("packet.saveStatus"))).Append("</button></p></form>");

        html.Append("<form method=\"post\" action=\"").Append(path).Append("/assign\">").Append(Antiforgery(tokens))
            .Append("<p><label for=\"advocate\">").Append(Encode(words.Get("packet.assignLabel"))).Append("</label><br><select id=\"advocate\" name=\"advocate\">")
            .Append("<option value=\"\"").Append(stored.AssignedTo is null ? " selected" : string.Empty).Append('>').Append(Encode(words.Get("queue.unassigned"))).Append("</option>");
        foreach (var advocate in advocates)
        {
            html.Append("<option value=\"").Append(Encode(advocate)).Append('"').Append(advocate == stored.AssignedTo ? " selected" : string.Empty)
                .Append('>').Append(Encode(advocate)).Append("</option>");
        }
        html.Append("</select> <button type=\"submit\">").Append(Encode(words.Get("packet.saveAssign"))).Append("</button></p></form></div>");

        html.Append("<form method=\"post\" action=\"").Append(path).Append("/notes\">").Append(Antiforgery(tokens))
            .Append("<p><label for=\"note\">").Append(Encode(words.Get("packet.noteLabel"))).Append("</label><br>")
            .Append("<textarea id=\"note\" name=\"note\" rows=\"3\" maxlength=\"").Append(MaxNoteLength).Append("\"></textarea></p>")
            .Append("<p><button type=\"submit\">").Append(Encode(words.Get("packet.addNote"))).Append("</button></p></form>");

        html.Append("<h3>").Append(Encode(words.Get("packet.notes"))).Append("</h3><ul>");
        if (stored.Notes.Count == 0)
        {
            html.Append("<li>").Append(Encode(words.Get("packet.noNotes"))).Append("</li>");
        }
        foreach (var note in stored.Notes.Reverse())
        {
            html.Append("<li>").Append(Encode(words.Format("packet.note", time.Format(note.At), note.Author, note.Text))).Append("</li>");
        }
        html.Append("</ul></section>");
    }

    /// <summary>The page an address of a withdrawn request shows: what happened and that nothing is left to do.</summary>
    public static string Withdrawn(DateTimeOffset at, ContentStrings words, AdvocateTime time) =>
        $"<p>{Encode(words.Format("withdrawn.body", time.Format(at)))}</p><p>{Encode(words.Format("withdrawn.next", QueueMarker)).Replace(QueueMarker, QueueLink(words), StringComparison.Ordinal)}</p>";

    /// <summary>The page an address that never led to a request shows.</summary>
    public static string NotFound(ContentStrings words) =>
        $"<p>{Encode(words.Format("notFound.body", QueueMarker)).Replace(QueueMarker, QueueLink(words), StringComparison.Ordinal)}</p>";

    // A marker HtmlEncoder leaves alone, replaced by the link after the sentence is encoded.
    private const string QueueMarker = "[[queue]]";

    private static string QueueLink(ContentStrings words) => $"<a href=\"{AdvocateConsoleEndpoints.BasePath}\">{Encode(words.Get("nav.queue").ToLowerInvariant())}</a>";
}
