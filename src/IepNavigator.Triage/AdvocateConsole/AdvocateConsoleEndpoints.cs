using System.Security.Claims;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Content;
using IepNavigator.Triage.Configuration;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Wording;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>
/// The console under /advocates. Every page but sign-in needs the advocate policy; every form is
/// antiforgery-checked; everything an advocate does (and every sign-in attempt) is written to the audit table, each
/// action as what it is (a note is a note, a status change only when the status changed). An address whose request the
/// family withdrew answers a page that says so (410), one that never led anywhere a page too (404): never raw JSON.
/// Wrong passwords and packet addresses that lead nowhere back off per account and per client (<see cref="AttemptThrottle"/>).
/// </summary>
internal static class AdvocateConsoleEndpoints
{
    public const string BasePath = "/advocates";
    private const string Html = "text/html; charset=utf-8";
    private const int QueueLimit = 500;
    private const int ActivityLimit = 200;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).DisableAntiforgery(); // validated explicitly below, per form
        group.MapGet("/sign-in", (HttpContext context, IAntiforgery antiforgery, ConsoleServices console, string? returnUrl) =>
            Page(context, console, console.Words.Get("signIn.title"), ConsoleHtml.SignInForm(console.Words, antiforgery.GetAndStoreTokens(context), null, returnUrl), null, StatusCodes.Status200OK))
            .AllowAnonymous();
        group.MapPost("/sign-in", SignInAsync).AllowAnonymous();

        group.MapGet("/", QueueAsync).RequireAuthorization(AdvocateConsoleServices.Policy);
        group.MapGet("/audit", AuditAsync).RequireAuthorization(AdvocateConsoleServices.Policy);
        // Every packet address passes the packet door first (PacketDoorClosedAsync); every change, its form's token before that.
        group.MapGet("/packets/{id:guid}", PacketAsync).RequireAuthorization(AdvocateConsoleServices.Policy).AddEndpointFilter(PacketDoorAsync);
        group.MapPost("/packets/{id:guid}/status", SetStatusAsync).RequireAuthorization(AdvocateConsoleServices.Policy).AddEndpointFilter(PacketChangeAsync);
        group.MapPost("/packets/{id:guid}/assign", AssignAsync).RequireAuthorization(AdvocateConsoleServices.Policy).AddEndpointFilter(PacketChangeAsync);
        group.MapPost("/packets/{id:guid}/notes", AddNoteAsync).RequireAuthorization(AdvocateConsoleServices.Policy).AddEndpointFilter(PacketChangeAsync);
        group.MapGet("/packets/{id:guid}/export.docx", ExportAsync).RequireAuthorization(AdvocateConsoleServices.Policy).AddEndpointFilter(PacketDoorAsync);
        group.MapPost("/sign-out", SignOutAsync).RequireAuthorization(AdvocateConsoleServices.Policy);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, AdvocateSignIn signIn, AttemptThrottle throttle, AuditTrail audit, ConsoleServices console)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        string? typed = form["userName"];
        var account = signIn.AccountNamed(typed);
        var client = Client(context);
        // Counted before the password is checked, so simultaneous guesses see each other. Locked: the password is not
        // even checked, so guessing on gets nothing, however fast or however many at once.
        var attempt = await throttle.BeginAsync(AttemptDoor.SignIn, typed, client, context.RequestAborted).ConfigureAwait(false);
        var locked = attempt.LockedFor;
        if (locked > TimeSpan.Zero)
        {
            await audit.RecordAsync(account ?? "(anonymous)", "sign-in-locked", null, context.RequestAborted).ConfigureAwait(false);
            var paused = ConsoleHtml.SignInForm(console.Words, antiforgery.GetAndStoreTokens(context),
                console.Words.Format("signIn.paused", ConsoleHtml.Wait(locked, console.Words)), form["returnUrl"]);
            return TooMany(context, console, console.Words.Get("signIn.title"), paused, locked);
        }

        var userName = signIn.Verify(typed, form["password"]);
        if (userName is null)
        {
            await audit.RecordAsync(account ?? "(anonymous)", "sign-in-failed", null, context.RequestAborted).ConfigureAwait(false);
            var retry = ConsoleHtml.SignInForm(console.Words, antiforgery.GetAndStoreTokens(context), console.Words.Get("signIn.wrong"), form["returnUrl"]);
            return Page(context, console, console.Words.Get("signIn.title"), retry, null, StatusCodes.Status401Unauthorized);
        }

        await throttle.SucceededAsync(userName, attempt, context.RequestAborted).ConfigureAwait(false);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, userName), new Claim(AdvocateConsoleServices.RoleClaim, AdvocateConsoleServices.AdvocateRole)],
            AdvocateConsoleServices.Scheme);
        await context.SignInAsync(AdvocateConsoleServices.Scheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        await audit.RecordAsync(userName, "sign-in", null, context.RequestAborted).ConfigureAwait(false);
        string? returnUrl = form["returnUrl"];
        return Results.Redirect(IsConsolePath(returnUrl) ? returnUrl! : BasePath);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, AuditTrail audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }

        await audit.RecordAsync(Actor(context), "sign-out", null, context.RequestAborted).ConfigureAwait(false);
        await context.SignOutAsync(AdvocateConsoleServices.Scheme).ConfigureAwait(false);
        return Results.Redirect(BasePath + "/sign-in");
    }

    private static async Task<IResult> QueueAsync(HttpContext context, IAntiforgery antiforgery, TriagePacketStore store, AuditTrail audit, ConsoleServices console, string? status, string? advocate)
    {
        var view = console.View(status, advocate);
        var entries = await store.QueueAsync(console.Filter(view), QueueLimit, context.RequestAborted).ConfigureAwait(false);
        await audit.RecordAsync(Actor(context), "view-queue", null, context.RequestAborted).ConfigureAwait(false);
        var body = QueuePage.Body(entries, view, console.Brief, console.Words, console.Time, console.Advocates);
        return Page(context, console, console.Words.Get("queue.title"), body, antiforgery, StatusCodes.Status200OK);
    }

    private static async Task<IResult> AuditAsync(HttpContext context, IAntiforgery antiforgery, AuditTrail audit, ConsoleServices console)
    {
        var entries = await audit.ListAsync(null, QueueLimit, context.RequestAborted).ConfigureAwait(false);
        await audit.RecordAsync(Actor(context), "view-audit", null, context.RequestAborted).ConfigureAwait(false);
        return Page(context, console, console.Words.Get("audit.title"), QueuePage.AuditBody(entries, console.Words, console.Brief, console.Time), antiforgery, StatusCodes.Status200OK);
    }

    private static async Task<IResult> PacketAsync(Guid id, HttpContext context, IAntiforgery antiforgery, TriagePacketStore store, AttemptThrottle throttle, AuditTrail audit, ConsoleServices console)
    {
        var stored = await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return await GoneAsync(id, context, throttle, audit, console).ConfigureAwait(false);
        }

        await audit.RecordAsync(Actor(context), "view-packet", id, context.RequestAborted).ConfigureAwait(false);
        var activity = await audit.ListAsync(id, ActivityLimit, context.RequestAborted).ConfigureAwait(false);
        var brief = console.Brief.Build(stored);
        var body = PacketPage.Body(stored, brief, console.Brief, activity, antiforgery.GetAndStoreTokens(context), console.Words, console.Time, console.Advocates);
        return Page(context, console, brief.Title, body, antiforgery, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SetStatusAsync(Guid id, HttpContext context, TriagePacketStore store, AttemptThrottle throttle, AuditTrail audit, ConsoleServices console)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);

        var status = Enum.GetValues<PacketStatus>().Cast<PacketStatus?>()
            .FirstOrDefault(candidate => TriagePacketStore.StatusName(candidate!.Value) == form["status"]);
        string? note = form["note"];
        if (status is null || note?.Length > PacketPage.MaxNoteLength)
        {
            return Results.BadRequest();
        }

        var before = await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (before is null || !await store.SetStatusAsync(id, status.Value, note, Actor(context), context.RequestAborted).ConfigureAwait(false))
        {
            return await GoneAsync(id, context, throttle, audit, console).ConfigureAwait(false);
        }

        // Saving the same status again is not a status change: only a real change is audited as one.
        if (before.Status != status.Value)
        {
            await audit.RecordAsync(Actor(context), "set-status:" + TriagePacketStore.StatusName(status.Value), id, context.RequestAborted).ConfigureAwait(false);
        }
        if (!string.IsNullOrWhiteSpace(note))
        {
            await audit.RecordAsync(Actor(context), "add-note", id, context.RequestAborted).ConfigureAwait(false);
        }

        return BackToPacket(id);
    }

    private static async Task<IResult> AssignAsync(Guid id, HttpContext context, TriagePacketStore store, AttemptThrottle throttle, AuditTrail audit, ConsoleServices console)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);

        string? chosen = form["advocate"];
        // Only a configured account (or no one): the column never holds free text.
        var advocate = string.IsNullOrWhiteSpace(chosen) ? null : console.Advocates.FirstOrDefault(name => name == chosen);
        if (!string.IsNullOrWhiteSpace(chosen) && advocate is null)
        {
            return Results.BadRequest();
        }

        var before = await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (before is null || !await store.AssignAsync(id, advocate, context.RequestAborted).ConfigureAwait(false))
        {
            return await GoneAsync(id, context, throttle, audit, console).ConfigureAwait(false);
        }
        if (before.AssignedTo != advocate)
        {
            await audit.RecordAsync(Actor(context), advocate is null ? "unassign" : "assign:" + advocate, id, context.RequestAborted).ConfigureAwait(false);
        }

        return BackToPacket(id);
    }

    private static async Task<IResult> AddNoteAsync(Guid id, HttpContext context, TriagePacketStore store, AttemptThrottle throttle, AuditTrail audit, ConsoleServices console)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);

        string? note = form["note"];
        if (note?.Length > PacketPage.MaxNoteLength)
        {
            return Results.BadRequest();
        }
        if (!string.IsNullOrWhiteSpace(note) && await store.AddNoteAsync(id, note, Actor(context), context.RequestAborted).ConfigureAwait(false))
        {
            await audit.RecordAsync(Actor(context), "add-note", id, context.RequestAborted).ConfigureAwait(false);
        }

        return BackToPacket(id);
    }

    private static async Task<IResult> ExportAsync(Guid id, HttpContext context, TriagePacketStore store, AttemptThrottle throttle, AuditTrail audit, ConsoleServices console)
    {
        var stored = await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return await GoneAsync(id, context, throttle, audit, console).ConfigureAwait(false);
        }

        await audit.RecordAsync(Actor(context), "export-docx", id, context.RequestAborted).ConfigureAwait(false);
        // The brief holds a child's disability information: no cache (browser or proxy) may keep a copy.
        context.Response.Headers.CacheControl = "no-store";
        return Results.File(PacketDocxExporter.Export(console.Brief.Build(stored), console.Brief.Language), PacketDocxExporter.ContentType, $"triage-{id:N}.docx");
    }

    /// <summary>
    /// What every change to a packet checks first, in this order: the form's anti-forgery token (400), then the packet
    /// door (<see cref="PacketDoorAsync"/>); the handler reads the form after.
    /// </summary>
    private static async ValueTask<object?> PacketChangeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (!await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }
        return await PacketDoorAsync(invocation, next).ConfigureAwait(false);
    }

    /// <summary>The packet door (<see cref="PacketDoorClosedAsync"/>) before any packet address: closed, its 429 page; open, the handler.</summary>
    private static async ValueTask<object?> PacketDoorAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var services = context.RequestServices;
        var closed = await PacketDoorClosedAsync(context, services.GetRequiredService<AttemptThrottle>(), services.GetRequiredService<AuditTrail>(),
            services.GetRequiredService<ConsoleServices>()).ConfigureAwait(false);
        return closed ?? await next(invocation).ConfigureAwait(false);
    }

    /// <summary>
    /// No packet here: withdrawn by the family (410, with when and what it means: a link an advocate legitimately held,
    /// so not counted against them) or never there (404, counted by the packet-page back-off).
    /// </summary>
    private static async Task<IResult> GoneAsync(Guid id, HttpContext context, AttemptThrottle throttle, AuditTrail audit, ConsoleServices console)
    {
        if (await audit.WithdrawnAtAsync(id, context.RequestAborted).ConfigureAwait(false) is { } withdrawnAt)
        {
            return Page(context, console, console.Words.Get("withdrawn.title"), PacketPage.Withdrawn(withdrawnAt, console.Words, console.Time), null, StatusCodes.Status410Gone);
        }

        await throttle.FailedAsync(AttemptDoor.PacketPage, Actor(context), Client(context), context.RequestAborted).ConfigureAwait(false);
        await audit.RecordAsync(Actor(context), "packet-not-found", null, context.RequestAborted).ConfigureAwait(false);
        return Page(context, console, console.Words.Get("notFound.title"), PacketPage.NotFound(console.Words), null, StatusCodes.Status404NotFound);
    }

    private static IResult BackToPacket(Guid id) => Results.Redirect($"{BasePath}/packets/{id:D}#s-work");

    /// <summary>
    /// Packet pages back off like sign-in: packet ids cannot be guessed, so addresses that keep leading nowhere (a
    /// script walking ids with a stolen session) lock that account and client out of packet pages for a while.
    /// </summary>
    private static async Task<IResult?> PacketDoorClosedAsync(HttpContext context, AttemptThrottle throttle, AuditTrail audit, ConsoleServices console)
    {
        var locked = await throttle.LockedForAsync(AttemptDoor.PacketPage, Actor(context), Client(context), context.RequestAborted).ConfigureAwait(false);
        if (locked <= TimeSpan.Zero)
        {
            return null;
        }
        await audit.RecordAsync(Actor(context), "packet-pages-locked", null, context.RequestAborted).ConfigureAwait(false);
        var body = $"<p role=\"alert\">{ConsoleHtml.Encode(console.Words.Format("signIn.packetsPaused", ConsoleHtml.Wait(locked, console.Words)))}</p>"
            + $"<p><a href=\"{BasePath}\">{ConsoleHtml.Encode(console.Words.Get("nav.queue"))}</a></p>";
        return TooMany(context, console, console.Words.Get("signIn.packetsPausedTitle"), body, locked);
    }

    /// <summary>429 with Retry-After (whole seconds) and a page that says how long to wait.</summary>
    private static IResult TooMany(HttpContext context, ConsoleServices console, string title, string body, TimeSpan wait)
    {
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page(context, console, title, body, null, StatusCodes.Status429TooManyRequests);
    }

    /// <summary>The client's address (after the host's forwarded-headers handling, when a proxy is trusted).</summary>
    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static IResult Page(HttpContext context, ConsoleServices console, string title, string body, IAntiforgery? antiforgery, int status)
    {
        var signedIn = context.User.Identity?.IsAuthenticated == true ? Actor(context) : null;
        var tokens = signedIn is null ? null : (antiforgery ?? context.RequestServices.GetService(typeof(IAntiforgery)) as IAntiforgery)?.GetAndStoreTokens(context);
        // Packets hold personal data: never cache a console page.
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(ConsoleHtml.Page(console.Words, title, body, signedIn, tokens), Html, statusCode: status);
    }

    private static string Actor(HttpContext context) => context.User.Identity?.Name ?? "(anonymous)";

    private static bool IsConsolePath(string? url) =>
        url is not null && url.StartsWith(BasePath, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);
}

/// <summary>What every console page needs: the brief, the advocates' words and time, the accounts (for assignment and filters).</summary>
internal sealed class ConsoleServices(PacketBrief brief, TriageText text, AdvocateTime time, IOptionsMonitor<TriageOptions> options)
{
    public PacketBrief Brief => brief;

    public AdvocateTime Time => time;

    public ContentStrings Words => text.Console(time.Language);

    /// <summary>The configured advocate accounts' user names, in configuration order.</summary>
    public IReadOnlyList<string> Advocates => [.. options.CurrentValue.Advocates.Select(a => a.UserName).Where(n => !string.IsNullOrWhiteSpace(n))];

    /// <summary>The filters from the query string; an unknown value means the default (never an error page).</summary>
    public QueueView View(string? status, string? advocate)
    {
        var statusValue = status is QueuePage.AllFilter || Enum.GetValues<PacketStatus>().Any(s => KnowledgeJson.EnumName(s) == status) ? status! : QueuePage.OpenFilter;
        var advocateValue = advocate == QueuePage.UnassignedFilter || Advocates.Contains(advocate) ? advocate! : "";
        return new QueueView(statusValue, advocateValue);
    }

    public QueueFilter Filter(QueueView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        IReadOnlyList<PacketStatus>? statuses = view.Status switch
        {
            QueuePage.OpenFilter => null,
            QueuePage.AllFilter => Enum.GetValues<PacketStatus>(),
            var name => [Enum.GetValues<PacketStatus>().First(s => KnowledgeJson.EnumName(s) == name)],
        };
        var assigned = view.Advocate switch
        {
            "" => null,
            QueuePage.UnassignedFilter => QueueFilter.Unassigned,
            var name => name,
        };
        return new QueueFilter(statuses, assigned);
    }
}
