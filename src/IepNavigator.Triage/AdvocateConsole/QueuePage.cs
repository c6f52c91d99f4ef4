using System.Text;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Content;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Urgency;
using IepNavigator.Triage.Wording;
using static IepNavigator.Triage.AdvocateConsole.ConsoleHtml;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>
/// The queue: one row per family (a parent's requests, one per child), most urgent first, then the nearest deadline,
/// then the longest waiting; filtered by status (closed requests leave the queue unless asked for) and by advocate.
/// </summary>
internal static class QueuePage
{
    /// <summary>The status filter's values: the default "open", each status, and "all".</summary>
    public const string OpenFilter = "open";
    public const string AllFilter = "all";

    /// <summary>The advocate filter's value for "no one yet".</summary>
    public const string UnassignedFilter = "none";

    public static string Body(IReadOnlyList<QueueEntry> entries, QueueView view, PacketBrief brief, ContentStrings words, AdvocateTime time, IReadOnlyList<string> advocates)
    {
        var html = new StringBuilder();
        Filters(html, view, brief, words, advocates);
        var families = entries.GroupBy(entry => entry.Packet.OwnerUserId)
            .Select(family => new Family([.. family.OrderBy(e => e.Status == PacketStatus.Closed).ThenByDescending(e => e.Packet.Urgency.Level).ThenBy(e => e.Packet.CreatedAt)]))
            .OrderByDescending(family => family.Level)
            .ThenBy(family => family.NextDeadline ?? DateOnly.MaxValue)
            .ThenBy(family => family.Primary.Packet.CreatedAt)
            .ToList();
        if (families.Count == 0)
        {
            return html.Append("<p>").Append(Encode(words.Get("queue.empty"))).Append("</p>").ToString();
        }

        html.Append("<table class=\"cards\"><caption>").Append(Encode(words.Format("queue.caption", families.Count))).Append("</caption><thead><tr>");
        foreach (var column in Columns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(words.Get("queue." + column))).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var family in families)
        {
            var primary = family.Primary;
            var packet = primary.Packet;
            var level = UrgencyWording.Code(family.Level);
            html.Append("<tr>");
            Cell(html, words, "child").Append(Link(packet, packet.Child.FirstName ?? words.Get("queue.unnamedChild")));
            if (family.Entries.Count > 1)
            {
                html.Append("<br><span class=\"note\">").Append(Encode(words.Format("queue.moreRequests", family.Entries.Count))).Append(":</span> ");
                html.AppendJoin(", ", family.Entries.Skip(1).Select(other => Link(other.Packet,
                    other.Packet.Child.FirstName ?? words.Format("queue.requestFrom", time.Date(DateOnly.FromDateTime(other.Packet.CreatedAt.UtcDateTime))))));
            }
            html.Append("</td>");
            Cell(html, words, "state").Append(Encode(packet.State is null ? "—" : $"{brief.StateName(packet.State)} ({packet.State})")).Append("</td>");
            var next = family.Entries.Select(e => e.Packet).Where(p => p.Deadlines.Count > 0).OrderBy(p => p.Deadlines[0].Date).FirstOrDefault();
            var overdue = next is not null && next.Deadlines[0].Date < time.Today;
            Cell(html, words, "nextDeadline", overdue ? "alert" : null).Append(Encode(next is null ? words.Get("queue.noDeadline") : brief.NextDeadline(next))).Append("</td>");
            Cell(html, words, "urgency", level).Append(Encode(brief.LevelLabel(family.Level))).Append("</td>");
            Cell(html, words, "status").Append(Encode(brief.StatusLabel(primary.Status))).Append("</td>");
            Cell(html, words, "advocate").Append(Encode(primary.AssignedTo ?? words.Get("queue.unassigned"))).Append("</td>");
            Cell(html, words, "received").Append(Encode(time.Format(packet.CreatedAt))).Append("</td>");
            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static readonly string[] Columns = ["child", "state", "nextDeadline", "urgency", "status", "advocate", "received"];

    private static StringBuilder Cell(StringBuilder html, ContentStrings words, string column, string? cssClass = null)
    {
        html.Append("<td data-label=\"").Append(Encode(words.Get("queue." + column))).Append('"');
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }
        return html.Append('>');
    }

    private static string Link(TriagePacket packet, string text) =>
        $"<a href=\"{AdvocateConsoleEndpoints.BasePath}/packets/{packet.Id:D}\">{Encode(text)}</a>";

    private static void Filters(StringBuilder html, QueueView view, PacketBrief brief, ContentStrings words, IReadOnlyList<string> advocates)
    {
        html.Append("<form method=\"get\" action=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("\" class=\"filters\">")
            .Append("<p><label for=\"status\">").Append(Encode(words.Get("queue.filterStatus"))).Append("</label><br><select id=\"status\" name=\"status\">");
        Option(html, OpenFilter, words.Get("queue.statusOpen"), view.Status);
        foreach (var status in Enum.GetValues<PacketStatus>())
        {
            Option(html, KnowledgeJson.EnumName(status), brief.StatusLabel(status), view.Status);
        }
        Option(html, AllFilter, words.Get("queue.statusAll"), view.Status);
        html.Append("</select></p><p><label for=\"advocate\">").Append(Encode(words.Get("queue.filterAdvocate"))).Append("</label><br><select id=\"advocate\" name=\"advocate\">");
        Option(html, "", words.Get("queue.advocateAny"), view.Advocate);
        Option(html, UnassignedFilter, words.Get("queue.advocateNone"), view.Advocate);
        foreach (var advocate in advocates)
        {
            Option(html, advocate, advocate, view.Advocate);
        }
        html.Append("</select></p><p><button type=\"submit\">").Append(Encode(words.Get("queue.filterApply"))).Append("</button></p></form>");
    }

    private static void Option(StringBuilder html, string value, string label, string selected) =>
        html.Append("<option value=\"").Append(Encode(value)).Append('"').Append(value == selected ? " selected" : string.Empty)
            .Append('>').Append(Encode(label)).Append("</option>");

    public static string AuditBody(IReadOnlyList<AuditEntry> entries, ContentStrings words, PacketBrief brief, AdvocateTime time)
    {
        var html = new StringBuilder("<table class=\"cards\"><caption>").Append(Encode(words.Get("audit.caption"))).Append("</caption><thead><tr>")
            .Append("<th scope=\"col\">").Append(Encode(words.Get("audit.when"))).Append("</th>")
            .Append("<th scope=\"col\">").Append(Encode(words.Get("audit.who"))).Append("</th>")
            .Append("<th scope=\"col\">").Append(Encode(words.Get("audit.action"))).Append("</th>")
            .Append("<th scope=\"col\">").Append(Encode(words.Get("audit.request"))).Append("</th></tr></thead><tbody>");
        foreach (var entry in entries)
        {
            html.Append("<tr><td data-label=\"").Append(Encode(words.Get("audit.when"))).Append("\">").Append(Encode(time.Format(entry.At)))
                .Append("</td><td data-label=\"").Append(Encode(words.Get("audit.who"))).Append("\">").Append(Encode(Actor(entry.Actor, words)))
                .Append("</td><td data-label=\"").Append(Encode(words.Get("audit.action"))).Append("\">").Append(Encode(Action(entry.Action, words, brief)))
                .Append("</td><td data-label=\"").Append(Encode(words.Get("audit.request"))).Append("\">");
            if (entry.PacketId is { } id)
            {
                html.Append("<a href=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("/packets/").Append(id.ToString("D")).Append("\">")
                    .Append(id.ToString("D")[..8]).Append("</a>");
            }
            else
            {
                html.Append('—');
            }
            html.Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>"the family" for a withdrawal; an advocate's user name as it is.</summary>
    public static string Actor(string actor, ContentStrings words) => actor == AuditTrail.FamilyActor ? words.Get("audit.family") : actor;

    /// <summary>An audit action in words: "set the status to Contacted", "added a note".</summary>
    public static string Action(string action, ContentStrings words, PacketBrief brief)
    {
        var (name, argument) = action.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (action[..colon], action[(colon + 1)..]) : (action, null);
        if (name == "set-status" && argument is not null)
        {
            return Enum.GetValues<PacketStatus>().FirstOrDefault(s => KnowledgeJson.EnumName(s) == argument) is var status && KnowledgeJson.EnumName(status) == argument
                ? words.Format("audit.set-status", brief.StatusLabel(status))
                : words.Format("audit.set-status", argument);
        }
        if (name == "assign" && argument is not null)
        {
            return words.Format("audit.assign", argument);
        }
        return words.Find("audit." + name) ?? words.Format("audit.other", action);
    }

    private sealed record Family(IReadOnlyList<QueueEntry> Entries)
    {
        public QueueEntry Primary => Entries[0];

        public UrgencyLevel Level => Entries.Max(entry => entry.Packet.Urgency.Level);

        public DateOnly? NextDeadline => Entries.SelectMany(entry => entry.Packet.Deadlines).Select(d => (DateOnly?)d.Date).Min();
    }
}

/// <summary>The queue's filters as the advocate chose them (query string values).</summary>
internal sealed record QueueView(string Status, string Advocate);
