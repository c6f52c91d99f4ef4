namespace IepNavigator.Triage.FreeHelp;

/// <summary>
/// The free help named in every packet and triage answer, and whether it is the better first call (with the reasons,
/// as codes of <see cref="FreeHelpReasons"/>; packet-text.json words them for the parent and for the advocate).
/// </summary>
public sealed record FreeHelpReferral
{
    /// <summary>Null when the state is unknown or not in the directory; then <see cref="DirectoryUrls"/> is the way to find it.</summary>
    public StateHelp? Help { get; init; }

    public bool FreeHelpFirst { get; init; }

    public IReadOnlyList<string> ReasonCodes { get; init; } = [];

    /// <summary>The national directories of Parent Centers and P&amp;A agencies.</summary>
    public IReadOnlyList<Uri> DirectoryUrls { get; init; } = [];
}

/// <summary>Why free help may be the better first call.</summary>
public static class FreeHelpReasons
{
    public const string CannotPay = "cannot-pay";
    public const string EarlyStage = "early-stage";
    public const string SimpleRequests = "simple-requests";
    public const string UrgentAndCannotPay = "urgent-and-cannot-pay";

    /// <summary>The reasons that come from the parent's answer to the payment question: the parent's preview only.</summary>
    public static bool IsAboutPayment(string code) => code is CannotPay or UrgentAndCannotPay;
}
