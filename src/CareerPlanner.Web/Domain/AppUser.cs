using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Domain;

public class AppUser : IdentityUser
{
}
