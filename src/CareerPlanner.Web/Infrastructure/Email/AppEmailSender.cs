using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CareerPlanner.Web.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "CareerPlanner <no-reply@careerplanner.local>";

    /// <summary>Where messages are written as .eml files when no SMTP host is set; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>StartTls (587), SslOnConnect (465), or None (a local relay only).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;
}

/// <summary>
/// Sends through SMTP when a host is configured; otherwise writes each message as an .eml file and logs where,
/// so nothing is ever dropped silently. The body (which may hold a reset link) is never logged.
/// </summary>
public sealed class AppEmailSender(
    IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<AppEmailSender> logger) : IEmailSender
{
    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(email));
        message.Subject = subject;
        message.Body = new BodyBuilder { HtmlBody = htmlMessage }.ToMessageBody();

        if (!string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, settings.Smtp.Security);
            if (!string.IsNullOrEmpty(settings.Smtp.UserName))
            {
                await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "");
            }
            await client.SendAsync(message);
            await client.DisconnectAsync(quit: true);
            logger.LogInformation("E-mail \"{Subject}\" sent through {SmtpHost}", subject, settings.Smtp.Host);
            return;
        }

        var folder = Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path);
        logger.LogInformation("E-mail \"{Subject}\" written to {Path}", subject, path);
    }
}
