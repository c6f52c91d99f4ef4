using System.Text;
using IepNavigator.Knowledge;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using Microsoft.AspNetCore.Antiforgery;
using static IepNavigator.Triage.AdvocateConsole.ConsoleHtml;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>One packet: its outline, the status form with a note, and the export link.</summary>
internal static class PacketPage
{
    public static string Body(StoredPacket stored, AntiforgeryTokenSet tokens)
    {
        var id = stored.Packet.Id.ToString("D");
        var html = new StringBuilder();
        html.Append("<p><a href=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("/packets/").Append(id)
            .Append("/export.docx\">Download this packet (.docx)</a></p>");
        foreach (var section in PacketOutline.Sections(stored))
        {
            html.Append("<section><h2>").Append(Encode(section.Heading)).Append("</h2><ul>");
            foreach (var line in section.Lines)
            {
                html.Append("<li>").Append(Encode(line)).Append("</li>");
            }

            html.Append("</ul></section>");
        }

        html.Append("<section><h2>Update status</h2><form method=\"post\" action=\"").Append(AdvocateConsoleEndpoints.BasePath)
            .Append("/packets/").Append(id).Append("/status\">").Append(Antiforgery(tokens))
            .Append("<p><label for=\"status\">Status</label><br><select id=\"status\" name=\"status\">");
        foreach (var status in Enum.GetValues<PacketStatus>())
        {
            var name = KnowledgeJson.EnumName(status);
            html.Append("<option value=\"").Append(name).Append('"').Append(status == stored.Status ? " selected" : string.Empty)
                .Append('>').Append(name).Append("</option>");
        }

        html.Append("</select></p><p><label for=\"note\">Note (optional)</label><br>")
            .Append("<textarea id=\"note\" name=\"note\" rows=\"4\" cols=\"60\"></textarea></p>")
            .Append("<p><button type=\"submit\">Save</button></p></form></section>");
        return html.ToString();
    }
}
