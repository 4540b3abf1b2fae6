using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Network;

/// <summary>The network goes out to address books as vCard 4.0 and comes back from vCard 3.0 and 4.0 files, previewed before anything is saved.</summary>
public class AddressBookTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Three_contacts_exported_as_vcard_and_imported_into_another_account_are_the_same_three()
    {
        var (ada, adaEmail) = await factory.RegisterNewUserAsync();
        foreach (var (name, organisation, tags) in new[] { ("Priya Shah", "Acme; Data, Platform", "mentor, data"), ("José Núñez", "Zürich AG", ""), ("Li Wei", "", "") })
        {
            using var added = await ada.SubmitAsync("/Network/Create", new Dictionary<string, string>
            {
                ["Input.Name"] = name, ["Input.Organisation"] = organisation, ["Input.Role"] = "Engineering lead", ["Input.Email"] = $"{name.Split(' ')[0].ToLowerInvariant()}@example.com",
                ["Input.Phone"] = "+44 20 7946 0000", ["Input.ProfileUrl"] = "https://example.com/in/someone", ["Input.Tags"] = tags,
                ["Input.HowWeKnow"] = "Met at the data meetup", ["Input.Notes"] = "Knows the hiring manager.\nLikes long walks; hates spam.",
            });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using var export = await ada.GetAsync("/Network/contacts.vcf");
        Assert.Equal("text/vcard", export.Content.Headers.ContentType?.MediaType);
        var vcf = await export.Content.ReadAsStringAsync();
        Assert.Equal(3, vcf.Split("BEGIN:VCARD").Length - 1);
        Assert.Contains("VERSION:4.0", vcf, StringComparison.Ordinal);
        Assert.All(vcf.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));

        var (bea, beaEmail) = await factory.RegisterNewUserAsync();
        var preview = await PreviewAsync(bea, vcf);
        Assert.Equal(3, preview.Document.QuerySelectorAll("[data-testid=import-card]").Length);
        Assert.All(preview.Document.QuerySelectorAll("[data-testid=import-card]"), row => Assert.EndsWith("Will be added", row.TextContent.Trim(), StringComparison.Ordinal));
        Assert.Empty(await ContactsOfAsync(beaEmail)); // nothing is written by the preview
        using (var confirmed = await bea.SubmitAsync(preview, preview.Form("form[action*=Add]")))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        Assert.Equal(await ContactsOfAsync(adaEmail), await ContactsOfAsync(beaEmail));
        Assert.Contains("3 contacts added", (await bea.GetPageAsync("/Network")).Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vcard_3_file_with_folded_lines_and_two_cards_adds_both_and_a_second_import_adds_nobody()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        const string file = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Chidi;;Dr.;\r\nFN:Dr. Chidi Okafor\r\nORG:University of Lagos;Philosophy\r\n"
            + "item1.EMAIL;TYPE=INTERNET,pref:chidi@example.com\r\nTEL;TYPE=CELL:+234 1 234 5678\r\nNOTE:Ethics professor who rev\r\n iews career choices with stu\r\n\tdents.\r\n"
            + "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Al-Sayed;Eleanor;;;\r\nORG:Good Place Consulting\r\nTITLE:Architect\r\nCATEGORIES:mentor,design\r\nEND:VCARD\r\n";

        var preview = await PreviewAsync(client, file);
        using (await client.SubmitAsync(preview, preview.Form("form[action*=Add]"))) { }

        var contacts = await ContactsOfAsync(email);
        Assert.Equal(2, contacts.Count);
        var chidi = contacts.Single(c => c.Name == "Dr. Chidi Okafor");
        Assert.Equal(("University of Lagos", "chidi@example.com", "+234 1 234 5678"), (chidi.Organisation, chidi.Email, chidi.Phone));
        Assert.Equal("Ethics professor who reviews career choices with students.", chidi.Notes);
        var eleanor = contacts.Single(c => c.Name == "Eleanor Al-Sayed"); // no FN: the name comes from N
        Assert.Equal(("Architect", "mentor, design", "From my address book"), (eleanor.Role, eleanor.Tags, eleanor.HowWeKnow));

        var again = await PreviewAsync(client, file);
        Assert.All(again.Document.QuerySelectorAll("[data-testid=import-card]"), row => Assert.EndsWith("Skipped: already in your network", row.TextContent.Trim(), StringComparison.Ordinal));
        Assert.Null(again.Document.QuerySelector("form[action*=Add] button"));
        Assert.Equal(2, (await ContactsOfAsync(email)).Count);
    }

    [Theory]
    [InlineData("", "Choose the .vcf file")]
    [InlineData("Name,Email\r\nPriya,priya@example.com\r\n", "This is not an address-book file")]
    public async Task A_missing_or_wrong_file_is_refused_beside_the_field_and_nothing_is_added(string content, string message)
    {
        var (client, email) = await factory.RegisterNewUserAsync();

        var page = await PreviewAsync(client, content);

        Assert.Contains(message, Assert.Single(page.FieldErrors("Input.File")), StringComparison.Ordinal);
        Assert.Empty(await ContactsOfAsync(email));
    }

    /// <summary>Uploads the text as a .vcf file through the real form and returns the page that answers.</summary>
    private static Task<HtmlPage> PreviewAsync(HttpClient client, string vcf) =>
        client.UploadAsync("/Network/Import", System.Text.Encoding.UTF8.GetBytes(vcf), "contacts.vcf", "text/vcard");

    private async Task<List<(string Name, string? Organisation, string? Role, string? Email, string? Phone, string? ProfileUrl, string? Tags, string HowWeKnow, string? Notes)>> ContactsOfAsync(string email) =>
        (await factory.WithDbAsync(db => db.Contacts.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == email))
            .Select(c => new { c.Name, c.Organisation, c.Role, c.Email, c.Phone, c.ProfileUrl, c.Tags, c.HowWeKnow, c.Notes }).ToListAsync()))
        .OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Name, c.Organisation, c.Role, c.Email, c.Phone, c.ProfileUrl, c.Tags, c.HowWeKnow, c.Notes)).ToList();
}
