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

    /// <summary>How the console, the .docx brief and the webhook speak to the advocates ("Triage:Console").</summary>
    public ConsoleOptions Console { get; } = new();

    /// <summary>
    /// What the family is told to expect: contact within this many business days of sending, by urgency
    /// ("Triage:ContactWithinBusinessDays"). A promise the practice makes, so it is a setting.
    /// </summary>
    public ContactWindow ContactWithinBusinessDays { get; } = new();
}

/// <summary>The advocates' language and time zone.</summary>
public sealed class ConsoleOptions
{
    /// <summary>"en" or "es": labels, urgency reasons and step wording in the console, the brief and the webhook.</summary>
    public string Language { get; set; } = "en";

    /// <summary>An IANA time zone ("America/Chicago"): times are shown in it, with UTC beside them. Dates a family is promised follow it too.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How the zone is named beside a time ("Central time"); empty = the zone's city ("Chicago time").</summary>
    public string? TimeZoneLabel { get; set; }
}

/// <summary>Business days until an advocate's first contact, by urgency.</summary>
public sealed class ContactWindow
{
    public int Urgent { get; set; } = 1;

    public int Priority { get; set; } = 2;

    public int Routine { get; set; } = 3;
}

/// <summary>One console account. Never a clear-text password.</summary>
public sealed class AdvocateAccount
{
    public string UserName { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;
}
