using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>
/// The link in an invitation e-mail. Anyone may open it (to be told to sign in or register with the invited address);
/// only the account with that address can accept it, once, within <see cref="PlanShare.LinkDays"/> days. Accepting
/// proves the address receives mail, so it confirms the account's address if it was not confirmed yet.
/// </summary>
[AllowAnonymous]
public class InvitationModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time) : PageModel
{
    public enum Outcome
    {
        Open,
        Unknown,
        Expired,
        Used,
        OtherAccount,
    }

    public Outcome State { get; private set; }
    public string PlanTitle { get; private set; } = "";
    public string OwnerName { get; private set; } = "";
    public ShareRole Role { get; private set; }
    public string InvitedEmail { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var share = await FindAsync(token);
        if (share is not null && State == Outcome.Used && share.MentorId == SignedInId)
        {
            return RedirectToPage("Plan", new { id = share.PlanId });
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (SignedInId is null)
        {
            return Challenge();
        }
        var share = await FindAsync(token);
        if (share is null || State != Outcome.Open)
        {
            return Page();
        }
        var user = await users.FindByIdAsync(SignedInId);
        if (user is null)
        {
            return Challenge();
        }
        share.Accept(user.Id, time.GetUtcNow().UtcDateTime);
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true; // the link reached this address
            await users.UpdateAsync(user);
        }
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = $"You are now {OwnerName}'s {Role.Title().ToLowerInvariant()} on “{PlanTitle}”. It is listed under Plans shared with me.";
        return RedirectToPage("Plan", new { id = share.PlanId });
    }

    private string? SignedInId => User.Identity?.IsAuthenticated == true ? User.Id() : null;

    private async Task<PlanShare?> FindAsync(string token)
    {
        var hash = LinkTokens.Hash(token ?? "");
        var signedIn = SignedInId;
        var found = await db.PlanShares.Where(s => s.TokenHash == hash)
            .Join(db.Plans, s => s.PlanId, p => p.Id, (s, p) => new
            {
                Share = s, p.Title, p.OwnerId,
                Name = db.UserProfiles.Where(u => u.UserId == p.OwnerId).Select(u => u.DisplayName).FirstOrDefault()
                    ?? db.Users.Where(u => u.Id == p.OwnerId).Select(u => u.Email).FirstOrDefault(),
                MyEmail = db.Users.Where(u => u.Id == signedIn).Select(u => u.NormalizedEmail).FirstOrDefault(),
            })
            .SingleOrDefaultAsync();
        if (found is null)
        {
            State = Outcome.Unknown;
            return null;
        }
        var share = found.Share;
        (PlanTitle, OwnerName, Role, InvitedEmail) = (found.Title, found.Name ?? "Someone", share.Role, share.InviteeEmail);
        State = share.IsAccepted ? Outcome.Used
            : share.LinkExpired(time.GetUtcNow().UtcDateTime) ? Outcome.Expired
            : signedIn is not null && (found.OwnerId == signedIn || found.MyEmail != share.NormalizedInviteeEmail) ? Outcome.OtherAccount
            : Outcome.Open;
        return share;
    }
}
