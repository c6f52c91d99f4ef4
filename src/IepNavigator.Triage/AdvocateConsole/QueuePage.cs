using System.Globalization;
using System.Text;
using IepNavigator.Knowledge;
using IepNavigator.Triage.Store;
using static IepNavigator.Triage.AdvocateConsole.ConsoleHtml;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>The queue: open packets by urgency, then oldest first; closed ones last.</summary>
internal static class QueuePage
{
    public static string Body(IReadOnlyList<QueueEntry> entries, DateTimeOffset now)
    {
        if (entries.Count == 0)
        {
            return "<p>No packets yet.</p>";
        }

        var html = new StringBuilder("<table><caption>Packets by urgency, then age</caption><thead><tr>")
            .Append("<th scope=\"col\">Urgency</th><th scope=\"col\">Waiting</th><th scope=\"col\">State</th>")
            .Append("<th scope=\"col\">Stage</th><th scope=\"col\">Reasons</th><th scope=\"col\">Status</th><th scope=\"col\">Packet</th></tr></thead><tbody>");
        foreach (var (packet, status) in entries)
        {
            var level = KnowledgeJson.EnumName(packet.Urgency.Level);
            html.Append("<tr><td class=\"").Append(level).Append("\">").Append(level).Append("</td>")
                .Append("<td>").Append(Waiting(now - packet.CreatedAt)).Append("</td>")
                .Append("<td>").Append(Encode(packet.State ?? "—")).Append("</td>")
                .Append("<td>").Append(Encode(packet.Stage is null ? "—" : KnowledgeJson.EnumName(packet.Stage.Value))).Append("</td>")
                .Append("<td>").Append(Encode(string.Join(", ", packet.Urgency.Reasons.Select(reason => reason.Code)))).Append("</td>")
                .Append("<td>").Append(KnowledgeJson.EnumName(status)).Append("</td>")
                .Append("<td><a href=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("/packets/").Append(packet.Id.ToString("D"))
                .Append("\">Open packet from ").Append(Time(packet.CreatedAt)).Append("</a></td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    public static string AuditBody(IReadOnlyList<AuditEntry> entries)
    {
        var html = new StringBuilder("<table><caption>Newest first</caption><thead><tr><th scope=\"col\">When</th>")
            .Append("<th scope=\"col\">Who</th><th scope=\"col\">Action</th><th scope=\"col\">Packet</th></tr></thead><tbody>");
        foreach (var entry in entries)
        {
            html.Append("<tr><td>").Append(Time(entry.At)).Append("</td><td>").Append(Encode(entry.Actor))
                .Append("</td><td>").Append(Encode(entry.Action)).Append("</td><td>")
                .Append(entry.PacketId?.ToString("D") ?? "—").Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Waiting(TimeSpan age) => age.TotalHours < 1
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)age.TotalMinutes)} min")
        : age.TotalDays < 2
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalHours} h")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalDays} days");
}
