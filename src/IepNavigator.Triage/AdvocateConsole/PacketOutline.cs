using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IepNavigator.Knowledge;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Store;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>A packet as headed sections of lines: the one reading order shared by the console page and the .docx export.</summary>
public static class PacketOutline
{
    public static IReadOnlyList<OutlineSection> Sections(StoredPacket stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var packet = stored.Packet;
        var sections = new List<OutlineSection>
        {
            new("Urgency", [$"Level: {Name(packet.Urgency.Level)}", .. packet.Urgency.Reasons.Select(reason => reason.Text)]),
            new("Contact", [
                $"Name: {packet.Contact.Name ?? "not given"}",
                $"Preferred: {Name(packet.Contact.Method)} — {packet.Contact.Address}",
                $"Availability: {packet.Availability ?? "not given"}"]),
            new("Status", [
                $"{Name(stored.Status)} since {stored.StatusChangedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC",
                $"Received {packet.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; packet {packet.Id:D}",
                .. stored.Notes.Select(note => $"{note.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {note.Author} ({Name(note.Status)}): {note.Text}")]),
            new("Case", [
                $"State: {packet.State ?? "unknown"}",
                $"Stage: {(packet.Stage is null ? "unknown" : Name(packet.Stage.Value))}",
                .. Facts(packet.Facts)]),
            new("Next steps", packet.Steps.Select((step, index) => string.Join(" — ", new[]
            {
                $"{index + 1}. {step.Title}",
                $"urgency {Name(step.Urgency)}",
                step.DueBy is null ? null : $"due {step.DueBy.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" + (step.DeadlineRule is null ? string.Empty : $" ({step.DeadlineRule})"),
                step.Citations.Count == 0 ? null : string.Join(", ", step.Citations),
                step.Letter is null ? null : $"letter: {step.Letter}",
            }.Where(part => part is not null))).ToList()),
            new("Warnings", packet.Warnings.Count == 0 ? ["None."] : packet.Warnings.Select(warning => warning.Message).ToList()),
            new("Letters (paper trail)", packet.Ledger.Count == 0 ? ["None recorded."] : packet.Ledger.Select(entry =>
                $"{entry.Title ?? entry.LetterId}: drafted {Date(entry.DraftedOn)}, sent {Date(entry.SentOn)}").ToList()),
            new("Due process", [packet.DueProcessFiledOn is null ? "No complaint filed." : $"Complaint filed on {Date(packet.DueProcessFiledOn)}."]),
            new("In the parent's own words", [packet.ParentWords ?? "Not shared (the parent did not consent to share their own words)."]),
            new("Free help", FreeHelpLines(packet.FreeHelp)),
            new("Note", [packet.Disclaimer]),
        };
        return sections;
    }

    private static List<string> FreeHelpLines(FreeHelpReferral referral)
    {
        var lines = new List<string> { referral.FreeHelpFirst ? "Free help is the better first call:" : "Free help (named for every family):" };
        lines.AddRange(referral.Reasons);
        if (referral.Help is StateHelp help)
        {
            lines.AddRange(help.ParentCenters.Select(center => $"Parent Center: {Organization(center)}"));
            if (help.ProtectionAndAdvocacy is HelpOrganization agency)
            {
                lines.Add($"Protection & Advocacy: {Organization(agency)}");
            }
        }

        lines.AddRange(referral.DirectoryUrls.Select(url => $"Directory: {url}"));
        return lines;
    }

    private static string Organization(HelpOrganization organization) =>
        $"{organization.Name} — {organization.Website}" + (organization.Verified ? string.Empty : " (not yet verified; check the directory)");

    private static IEnumerable<string> Facts(Knowledge.Facts.CaseFacts facts)
    {
        var node = JsonSerializer.SerializeToNode(facts, TriageJson.Options) as JsonObject ?? [];
        foreach (var (name, value) in node)
        {
            if (value is not null && name is not "state" and not "stage")
            {
                yield return $"{name}: {(value is JsonValue ? value.ToString() : value.ToJsonString())}";
            }
        }
    }

    private static string Name(Enum value) => KnowledgeJson.EnumName(value);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}

/// <summary>A heading and its lines.</summary>
public sealed record OutlineSection(string Heading, IReadOnlyList<string> Lines);
