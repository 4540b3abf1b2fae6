using CareerPlanner.Web.Pages;
using FluentValidation;

// `backup <file>`: a consistent copy of the configured database, then exit (README, "Backing up").
if (args is [BackupCommand.Name, ..])
{
    if (args is not [_, var file, .. var settings])
    {
        Console.Error.WriteLine("Usage: backup <file>   (a new file for the copy of the database)");
        return 2;
    }
    var configured = WebApplication.CreateBuilder(settings);
    return await BackupCommand.RunAsync(configured.Configuration, configured.Environment, file, Console.Out, Console.Error);
}

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
return 0;
