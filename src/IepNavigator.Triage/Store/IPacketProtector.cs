namespace IepNavigator.Triage.Store;

/// <summary>
/// Turns a packet's JSON into what is stored, and back. Every personal field (packet documents, notes, webhook
/// payloads) passes through here, so encryption at rest is one implementation away (e.g. over ASP.NET Core
/// Data Protection) without touching the SQL.
/// </summary>
public interface IPacketProtector
{
    string Protect(string plainText);

    string Unprotect(string storedText);
}

/// <summary>Stores text as it is (today's behaviour; encryption at rest is a later issue).</summary>
public sealed class PlainTextPacketProtector : IPacketProtector
{
    public string Protect(string plainText) => plainText;

    public string Unprotect(string storedText) => storedText;
}
