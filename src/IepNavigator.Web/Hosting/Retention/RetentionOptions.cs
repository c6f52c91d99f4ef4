namespace IepNavigator.Web.Hosting.Retention;

/// <summary>The "Retention" section: how long an untouched case is kept, and how often the sweep runs.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Off only for a deployment that keeps data under its own policy.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Days without a write after which a case goes. 400 = a school year (about 180 school days over ten months),
    /// the summer break, and a margin: a parent who comes back for the next annual IEP review still finds the case.
    /// </summary>
    public int IdleDays { get; set; } = 400;

    /// <summary>How often the sweep runs (it also runs once shortly after start).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(6);

    public TimeSpan IdleFor => TimeSpan.FromDays(IdleDays);
}
