using IepNavigator.Dialogs;
using IepNavigator.DirectLine;
using IepNavigator.Knowledge;
using IepNavigator.Storage;
using IepNavigator.Web.Api;
using IepNavigator.Web.Benchmarking;
using IepNavigator.Web.Bot;
using IepNavigator.Web.Goals;
using IepNavigator.Web.Hosting;
using IepNavigator.Web.Hosting.Security;
using IepNavigator.Web.IepReading;
using IepNavigator.Web.Letters;
using IepNavigator.Web.Limits;
using IepNavigator.Web.Telemetry;
using IepNavigator.Web.Widget;

// The understanding models load on another core while the host composes itself (Bot/ProcessStartWarmUp.cs).
_ = ProcessStartWarmUp.Begin();

// Composition only: one registration per feature folder (README.md, "Wiring"); each project owns its AddXxx / MapXxx.
var builder = WebApplication.CreateBuilder(args);
builder.AddRepositoryConfiguration();

builder.Services.AddHostSecurity(builder.Configuration, builder.Environment); // headers, forwarded headers, cookies, log privacy
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddKnowledge();
builder.Services.AddNavigatorDataProtection(builder.Configuration); // the one key ring: state at rest, letter and chart links
builder.Services.AddTriageHost(builder.Configuration); // the triage desk, the advocates' console, the chat's hand-off
builder.Services.AddNavigatorStorage(builder.Configuration);
builder.Services.AddDialogs();
builder.Services.AddLetterHost(builder.Configuration, builder.Environment); // rendering, signed links, the chat's letters and reminders
builder.Services.AddGoalHost(); // the goal API, chart links, the chat's goal tracker
builder.Services.AddIepReadingHost(builder.Configuration); // the IEP reader's API and the chat's uploads
builder.Services.AddBotHost(builder.Configuration);
builder.Services.AddEmbeddedDirectLine(builder.Configuration);
builder.Services.AddWidgetAssets();
builder.Services.AddRetention(builder.Configuration); // the idle sweep and "delete my data" in every table
builder.Services.AddHostHealthChecks();
builder.Services.AddBotMode(builder.Configuration);
builder.Services.AddRequestLimits(builder.Configuration);
builder.Services.AddNavigatorTelemetry(builder.Configuration);

var app = builder.Build();

app.UseExceptionHandler();
app.UseEmbeddedDirectLine(); // CORS before the limits, so a 429 or 413 reaches a page on another site as itself
app.UseRequestLimits();
app.UseStatusCodePages();
app.UseWidgetStaticFiles();
app.MapOpenApiReference();
app.MapHostHealthChecks();
app.MapBotMessages();
app.MapKnowledgeApi();
app.MapLetterApi();
app.MapEmbeddedDirectLine();
app.MapWidgetAssets();
app.MapTriage();
app.MapGoalApi();
app.MapIepReadingApi();

app.Run();

/// <summary>The host's entry point; public so integration tests can start it.</summary>
public partial class Program;
