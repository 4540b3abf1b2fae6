using CareerPlanner.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Data;

/// <summary>
/// Everything the app holds about one person, table by table (keyed by table name), for the personal-data download.
/// Every table a user owns must appear here; a test compares this with the model so none is forgotten.
/// Secrets that only protect the account (password hash, security stamp, token values) are left out.
/// </summary>
public sealed class PersonalDataExport(AppDbContext db, UserManager<AppUser> userManager, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, object>> CollectAsync(AppUser user)
    {
        var id = user.Id;
        var tables = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["AspNetUsers"] = new[]
            {
                new
                {
                    user.Id, user.UserName, user.Email, user.EmailConfirmed, user.PhoneNumber, user.PhoneNumberConfirmed,
                    user.TwoFactorEnabled, user.LockoutEnabled, user.LockoutEnd, user.AccessFailedCount,
                    AuthenticatorKey = await userManager.GetAuthenticatorKeyAsync(user),
                },
            },
            ["AspNetUserClaims"] = await db.UserClaims.AsNoTracking().Where(c => c.UserId == id)
                .Select(c => new { c.ClaimType, c.ClaimValue }).ToListAsync(),
            ["AspNetUserLogins"] = await db.UserLogins.AsNoTracking().Where(l => l.UserId == id)
                .Select(l => new { l.LoginProvider, l.ProviderKey, l.ProviderDisplayName }).ToListAsync(),
            ["AspNetUserRoles"] = await db.UserRoles.AsNoTracking().Where(r => r.UserId == id)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => new { Role = r.Name }).ToListAsync(),
            ["AspNetUserTokens"] = await db.UserTokens.AsNoTracking().Where(t => t.UserId == id)
                .Select(t => new { t.LoginProvider, t.Name, Value = "(kept secret: it protects your account)" }).ToListAsync(),
            ["UserProfiles"] = await db.UserProfiles.AsNoTracking().Where(p => p.UserId == id)
                .Select(p => new { p.DisplayName, p.TimeZoneId, FirstDayOfWeek = p.FirstDayOfWeek.ToString() }).ToListAsync(),
            ["Plans"] = await db.Plans.AsNoTracking().Where(p => p.OwnerId == id).OrderBy(p => p.Id)
                .Select(p => new
                {
                    p.Id, p.Title, CurrentStage = p.CurrentStage.ToString(), p.IsArchived, p.CreatedAtUtc, p.UpdatedAtUtc,
                    p.VisionStatement, p.BackupPlan, p.BackupTrigger,
                }).ToListAsync(),
        };
        return new Dictionary<string, object>
        {
            ["exportedAtUtc"] = clock.GetUtcNow().UtcDateTime,
            ["tables"] = tables,
        };
    }
}
