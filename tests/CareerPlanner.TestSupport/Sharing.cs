using System.Net;
using CareerPlanner.Web.Domain;
using Xunit;

namespace CareerPlanner.TestSupport;

/// <summary>A plan shared the way people share it: the owner's invitation form, the e-mail's link, the mentor's account with
/// that address, and the accept button.</summary>
public static class Sharing
{
    /// <summary>The owner invites <paramref name="email"/> with these parts (all when null); returns the link in the e-mail.</summary>
    public static async Task<Uri> InviteAsync(this CareerPlannerFactory factory, HttpClient owner, int planId, string email, IEnumerable<SharedParts>? parts = null, string role = "Mentor")
    {
        var page = await owner.GetPageAsync($"/Plans/{planId}/Sharing");
        page.Tick("Input.Parts", (parts ?? SharedPartsText.Each).Select(p => p.ToString()));
        using var response = await owner.SubmitAsync(page, page.Form(),
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Role"] = role });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Inviting answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return factory.MessagesTo(email).Last(m => (m.Subject ?? "").Contains("invites you", StringComparison.Ordinal)).FirstLink();
    }

    /// <summary>Ticks exactly these values of the checkboxes named <paramref name="name"/>, as a person clicking them would.</summary>
    public static void Tick(this HtmlPage page, string name, IEnumerable<string> values)
    {
        var chosen = values.ToHashSet(StringComparer.Ordinal);
        foreach (var box in page.Document.QuerySelectorAll($"input[type=checkbox][name='{name}']").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            box.IsChecked = chosen.Contains(box.Value);
        }
    }

    /// <summary>Shares the plan with a new account (registered with the invited address) that accepts; returns it signed in.</summary>
    public static async Task<(HttpClient Mentor, string Email)> ShareWithNewMentorAsync(this CareerPlannerFactory factory, HttpClient owner, int planId, IEnumerable<SharedParts>? parts = null)
    {
        var email = Accounts.NewEmail();
        var link = await factory.InviteAsync(owner, planId, email, parts);
        var mentor = await factory.RegisterAsync(email);
        using var accepted = await mentor.SubmitAsync(link.PathAndQuery);
        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, $"Accepting answered {(int)accepted.StatusCode}");
        Assert.Equal($"/Shared/Plans/{planId}", accepted.Headers.Location!.OriginalString);
        return (mentor, email);
    }
}
