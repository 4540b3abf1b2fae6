namespace CareerPlanner.Web.Pages.Network;

/// <summary>The whole network as one vCard 4.0 file, for any address-book app.</summary>
public class VCardModel(AddressBook addressBook) : PageModel
{
    public async Task<IActionResult> OnGetAsync() =>
        File(System.Text.Encoding.UTF8.GetBytes(await addressBook.ExportAsync(User.Id())), "text/vcard; charset=utf-8", "careerplanner-contacts.vcf");
}
