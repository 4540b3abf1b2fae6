using AngleSharp.Html.Parser;
using MimeKit;

namespace CareerPlanner.TestSupport;

/// <summary>The e-mails the app wrote as .eml files (no SMTP host is configured under test).</summary>
public static class Mailbox
{
    /// <summary>The messages to this address, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> MessagesTo(this CareerPlannerFactory factory, string email)
    {
        if (!Directory.Exists(factory.MailFolder))
        {
            return [];
        }
        return [.. Directory.GetFiles(factory.MailFolder, "*.eml").OrderBy(File.GetLastWriteTimeUtc)
            .Select(path => MimeMessage.Load(path))
            .Where(message => message.To.Mailboxes.Any(m => string.Equals(m.Address, email, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>The first link in a message's HTML body.</summary>
    public static Uri FirstLink(this MimeMessage message)
    {
        var document = new HtmlParser().ParseDocument(message.HtmlBody ?? "");
        var href = document.QuerySelector("a[href]")?.GetAttribute("href")
            ?? throw new InvalidOperationException($"No link in \"{message.Subject}\"");
        return new Uri(href);
    }
}
