using System.Text;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class VCardsTests
{
    [Fact]
    public void A_contact_written_and_read_back_is_the_same_with_commas_semicolons_backslashes_and_new_lines()
    {
        var contact = new VCardContact("Zoë O'Brien-Łukasz", "Acme; Data, Platform \\ Ops", "Lead", "zoe@example.com", "+1 555 0100", "https://example.com/zoe",
            "mentor, data", "Met at the meetup; kept in touch", "First line.\nSecond line, with a comma; and a semicolon.");

        var read = VCards.Read(VCards.Write([contact, contact with { Name = "Second" }]));

        Assert.Empty(read.Problems);
        Assert.Equal([contact, contact with { Name = "Second" }], read.Cards);
    }

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_a_character()
    {
        var text = VCards.Write([new VCardContact("Anna", null, null, null, null, null, null, "Work", new string('é', 200))]);

        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(new string('é', 200), Assert.Single(VCards.Read(text).Cards).Notes);
    }

    [Fact]
    public void A_card_without_any_name_is_reported_and_the_others_are_read()
    {
        var read = VCards.Read("BEGIN:VCARD\nVERSION:4.0\nEMAIL:nobody@example.com\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nN:Doe;Jane;;;\nEND:VCARD\n");

        Assert.Equal("Jane Doe", Assert.Single(read.Cards).Name);
        Assert.Equal("Card 1 has no name (FN or N), so it was not read.", Assert.Single(read.Problems));
    }

    [Theory]
    [InlineData("\uFEFF\r\nbegin:vcard\r\n", true)]
    [InlineData("Name,Email\r\n", false)]
    [InlineData("", false)]
    public void A_vcard_file_is_recognised_by_its_first_line(string text, bool isVCard) => Assert.Equal(isVCard, VCards.LooksLikeVCard(text));
}
