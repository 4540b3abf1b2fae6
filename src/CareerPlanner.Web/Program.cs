using CareerPlanner.Web.Pages;
using FluentValidation;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAppLogging(builder.Configuration, builder.Environment);
builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
builder.Services.AddAppIdentity(builder.Configuration, builder.Environment);
builder.Services.AddAppPages();
builder.Services.AddFeatureServices(builder.Configuration);
builder.Services.AddReverseProxySupport(builder.Configuration);
builder.Services.AddAccountRateLimiting(builder.Configuration);
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.AddSingleton(TimeProvider.System);

var app = builder.Build();
if (!app.Environment.IsDevelopment() && !app.Services.GetRequiredService<CareerPlanner.Web.Pages.Reminders.PublicAddress>().IsConfigured)
{
    app.Logger.LogWarning(CareerPlanner.Web.Pages.Reminders.PublicAddress.MissingWarning);
}

app.UseForwardedHeaders();
app.UseSecurityHeaders(app.Environment);
app.UseAppRequestLogging();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}
app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseStaticFiles();
app.UseNulByteStripping();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseOneConnectionPerPage();

app.MapRazorPages();
app.MapHealthChecks("/health").AllowAnonymous();
// Any other path is a plain 404 (shown by the error page), for anonymous visitors too, never a sign-in redirect.
app.MapFallback("{*path}", context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).AllowAnonymous();

await app.Services.MigrateDatabaseAsync();
await app.RunAsync();
