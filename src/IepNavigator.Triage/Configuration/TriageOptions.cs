namespace IepNavigator.Triage.Configuration;

/// <summary>The "Triage" section. The database itself comes from the Storage settings (provider, folder, connection string).</summary>
public sealed class TriageOptions
{
    public const string SectionName = "Triage";

    /// <summary>PostgreSQL schema of the triage tables (beside the bot state's schema).</summary>
    public string PostgresSchema { get; set; } = Store.PostgresTriageDatabase.DefaultSchemaName;

    /// <summary>SQLite file name inside Storage:DataDirectory.</summary>
    public string SqliteFileName { get; set; } = Store.SqliteTriageDatabase.DefaultFileName;

    /// <summary>Advocate accounts for the console: user name and PBKDF2 hash (see tools/hash-password.cs).</summary>
    public IList<AdvocateAccount> Advocates { get; } = [];

    /// <summary>Back-off and lockout for wrong passwords and packet addresses that lead nowhere ("Triage:Attempts").</summary>
    public AdvocateConsole.AttemptThrottleOptions Attempts { get; } = new();
}

/// <summary>One console account. Never a clear-text password.</summary>
public sealed class AdvocateAccount
{
    public string UserName { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;
}
