using IepNavigator.Tests.Shared;
using IepNavigator.Triage.AdvocateConsole;

namespace IepNavigator.Triage.Tests.Infrastructure;

/// <summary>Configuration for one isolated test database (a temp SQLite folder, or a fresh PostgreSQL schema).</summary>
internal static class TriageConfiguration
{
    public const string AdvocateName = "maria";
    public const string AdvocatePasswordText = "correct horse battery staple";
    public const string WebhookSecret = "test-secret-0123456789";

    private static readonly Lazy<string> AdvocateHash = new(() => AdvocatePassword.Hash(AdvocatePasswordText));

    public static async Task<Dictionary<string, string?>> CreateAsync(TriageDatabaseKind kind, string dataDirectory, Uri? webhook = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Triage:Advocates:0:UserName"] = AdvocateName,
            ["Triage:Advocates:0:PasswordHash"] = AdvocateHash.Value,
            ["Triage:Webhook:Secret"] = WebhookSecret,
            ["Triage:Webhook:QuickRetries"] = "0",
            ["Triage:Webhook:FirstBackoff"] = "00:00:30",
            ["Triage:Webhook:MaxBackoff"] = "00:10:00",
            ["Triage:Webhook:PollInterval"] = "00:00:00.200",
            ["Triage:Webhook:RequestTimeout"] = "00:00:10",
        };
        if (webhook is not null)
        {
            settings["Triage:Webhook:Url"] = webhook.ToString();
        }

        if (kind == TriageDatabaseKind.Postgres)
        {
            settings["Storage:Provider"] = "Postgres";
            settings["ConnectionStrings:Postgres"] = await TestPostgres.ConnectionStringAsync();
            settings["Triage:PostgresSchema"] = "triage_test_" + Guid.NewGuid().ToString("N")[..12];
        }

        return settings;
    }
}
