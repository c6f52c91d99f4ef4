using IepNavigator.Knowledge;
using IepNavigator.Dialogs;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Triage;
using IepNavigator.DirectLine;
using IepNavigator.Storage;
using IepNavigator.Web.Api;
using IepNavigator.Web.Benchmarking;
using IepNavigator.Web.Bot;
using IepNavigator.Web.Goals;
using IepNavigator.Web.Hosting;
using IepNavigator.Web.Hosting.Security;
using IepNavigator.Web.Letters;
using IepNavigator.Web.Limits;
using IepNavigator.Web.Telemetry;
using IepNavigator.Web.Widget;

// Composition only: each project owns its AddXxx / MapXxx.
var builder = WebApplication.CreateBuilder(args);
builder.AddRepositoryConfiguration();

builder.Services.AddHostSecurity(builder.Configuration, builder.Environment); // headers, forwarded headers, cookies, log privacy
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddKnowledge();
builder.Services.AddNavigatorDataProtection(builder.Configuration); // the one key ring: state at rest, letter and chart links
builder.Services.AddTriage(builder.Configuration);
builder.Services.AddNavigatorStorage(builder.Configuration);
builder.Services.AddDialogs();
builder.Services.AddLetterDownloads(builder.Configuration, builder.Environment);
builder.Services.AddLetterConversationHost(builder.Configuration);
builder.Services.AddGoalConversation();
builder.Services.AddGoalApi();
builder.Services.AddTriageConversation();
builder.Services.AddTriageHandOff();
builder.Services.AddBotHost(builder.Configuration);
builder.Services.AddEmbeddedDirectLine(builder.Configuration);
builder.Services.AddWidgetAssets();
builder.Services.AddRetention(builder.Configuration);
builder.Services.AddUserDataErasure();
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

app.Run();

/// <summary>The host's entry point; public so integration tests can start it.</summary>
public partial class Program;
