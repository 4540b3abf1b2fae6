using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;

namespace CareerPlanner.Web.Areas.Identity.Services;

/// <summary>
/// Identity's user manager, plus one rule: whenever a password is changed, reset or set, the owner is told by
/// e-mail. Doing it here covers every page that changes a password, now and later.
/// </summary>
public sealed class AppUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    IEmailSender emailSender)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> ChangePasswordAsync(AppUser user, string currentPassword, string newPassword) =>
        await NotifyOnSuccess(user, await base.ChangePasswordAsync(user, currentPassword, newPassword));

    public override async Task<IdentityResult> ResetPasswordAsync(AppUser user, string token, string newPassword) =>
        await NotifyOnSuccess(user, await base.ResetPasswordAsync(user, token, newPassword));

    public override async Task<IdentityResult> AddPasswordAsync(AppUser user, string password) =>
        await NotifyOnSuccess(user, await base.AddPasswordAsync(user, password));

    /// <summary>
    /// Gives an account its first authenticator key without renewing the security stamp (which
    /// <see cref="UserManager{TUser}.ResetAuthenticatorKeyAsync"/> does, and which signs every session out): a key
    /// nobody holds yet invalidates nothing.
    /// </summary>
    public async Task<string> CreateAuthenticatorKeyAsync(AppUser user)
    {
        if (Store is not IUserAuthenticatorKeyStore<AppUser> keys)
        {
            throw new NotSupportedException("The user store keeps no authenticator keys.");
        }
        var key = GenerateNewAuthenticatorKey();
        await keys.SetAuthenticatorKeyAsync(user, key, CancellationToken);
        await UpdateUserAsync(user);
        return key;
    }

    private async Task<IdentityResult> NotifyOnSuccess(AppUser user, IdentityResult result)
    {
        if (result.Succeeded && !string.IsNullOrEmpty(user.Email))
        {
            Logger.LogInformation("Password changed for user {UserId}", user.Id);
            await emailSender.SendEmailAsync(user.Email, "Your CareerPlanner password was changed",
                "<p>The password of your CareerPlanner account was just changed, and every other device was signed out.</p>" +
                "<p>If this was not you, reset your password now from the sign-in page and turn on two-factor authentication.</p>");
        }
        return result;
    }
}
