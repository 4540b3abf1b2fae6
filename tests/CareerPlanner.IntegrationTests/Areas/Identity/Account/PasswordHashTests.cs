using System.Buffers.Binary;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account;

public class PasswordHashTests(RealPasswordHashingCareerPlannerFactory factory) : IClassFixture<RealPasswordHashingCareerPlannerFactory>
{
    [Fact]
    public async Task A_new_password_is_hashed_with_PBKDF2_and_at_least_210000_iterations()
    {
        var (_, email) = await factory.RegisterNewUserAsync();

        var hash = await StoredHash(email);

        Assert.True(IterationsOf(hash) >= 210_000, $"{IterationsOf(hash)} iterations");
    }

    [Fact]
    public async Task An_older_hash_with_fewer_iterations_is_upgraded_at_the_next_sign_in()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        var weakHasher = new PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.PasswordHash = weakHasher.HashPassword(user, Accounts.Password);
            await db.SaveChangesAsync();
        });
        Assert.Equal(100_000, IterationsOf(await StoredHash(email)));

        using var signIn = await factory.CreateBrowserLikeClient().SignInAsync(email);

        Assert.Equal("/Dashboard", signIn.Headers.Location!.OriginalString);
        Assert.True(IterationsOf(await StoredHash(email)) >= 210_000);
    }

    private Task<string> StoredHash(string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash!).SingleAsync());

    /// <summary>Identity's v3 format: a 0x01 marker, the PRF (4 bytes), then the iteration count (4 bytes, big-endian).</summary>
    private static int IterationsOf(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }
}
