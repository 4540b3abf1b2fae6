using CareerPlanner.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.TestSupport;

/// <summary>
/// The app whose mail server is down once for each kind of e-mail a test names: the first e-mail whose subject
/// contains one of <see cref="RefusedSubjects"/> fails with an <see cref="IOException"/>; every other one is written.
/// </summary>
public abstract class MailDownOnceFactory : CareerPlannerFactory
{
    private readonly HashSet<string> refused = [];

    /// <summary>Parts of subjects: the first e-mail with each is refused.</summary>
    protected abstract IReadOnlyList<string> RefusedSubjects { get; }

    /// <summary>True once an e-mail of every kind named has been refused.</summary>
    public bool Refused
    {
        get { lock (refused) { return refused.Count == RefusedSubjects.Count; } }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddTransient<AppEmailSender>();
            services.AddTransient<IEmailSender>(provider => new Refusing(this, provider.GetRequiredService<AppEmailSender>()));
        });
    }

    private bool RefusesNow(string subject)
    {
        lock (refused)
        {
            return RefusedSubjects.FirstOrDefault(part => subject.Contains(part, StringComparison.Ordinal)) is { } kind && refused.Add(kind);
        }
    }

    private sealed class Refusing(MailDownOnceFactory host, IEmailSender inner) : IEmailSender
    {
        public Task SendEmailAsync(string email, string subject, string htmlMessage) =>
            host.RefusesNow(subject) ? throw new IOException("The mail server is down") : inner.SendEmailAsync(email, subject, htmlMessage);
    }
}
