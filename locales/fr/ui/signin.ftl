# The sign-in screen: sign in, sign in again, activate an account, try the demo.

signin-about = À propos d’Okta HR
signin-headline = Les RH partout, même sans réseau.
signin-perk-check-in = Pointage géolocalisé qui fonctionne hors ligne
signin-perk-leave = Demandes de congés avec vérification du solde en direct
signin-perk-pay = Bulletins de paie, validations et votre équipe au même endroit

## Sign in
signin-sign-in = Se connecter
signin-intro = Utilisez l’adresse fournie par votre entreprise.
signin-again-title = Se reconnecter
signin-again-intro = Votre session a expiré. Vos modifications non synchronisées sont conservées et seront synchronisées après la connexion.
signin-back-to-app = Retour à l’application
# $reason: the server's explanation of why this device was signed out.
signin-dismissed = { $reason } Plus aucune donnée de votre compte n’est conservée sur cet appareil.
signin-company-server = Serveur de l’entreprise
signin-server-placeholder = https://rh.votreentreprise.fr
signin-work-email = E-mail professionnel
signin-email-placeholder = vous@entreprise.fr
signin-password = Mot de passe
signin-new-password = Nouveau mot de passe
signin-expired-hint = Au moins 8 caractères. Il remplace celui qui a expiré.
signin-signing-in = Connexion…
signin-set-password-and-sign-in = Définir le mot de passe et se connecter
signin-error-missing = Saisissez l’adresse du serveur de votre entreprise, votre e-mail et votre mot de passe.
signin-error-new-password = Choisissez un nouveau mot de passe d’au moins 8 caractères.

## Activation with a link from HR
signin-have-activation-link = J’ai un lien d’activation
signin-back-to-sign-in = Retour à la connexion
signin-activate-title = Activer votre compte
signin-activate-intro = Collez le lien fourni par les RH et choisissez votre mot de passe. Le lien ne fonctionne qu’une fois.
signin-activation-link = Lien d’activation
signin-activation-link-placeholder = https://rh.votreentreprise.fr/api/v1/auth/set-password?token=…
# Followed by the server's address.
signin-server-from-link = Serveur de votre entreprise :
signin-password-hint = Au moins 8 caractères.
signin-new-password-again = Confirmer le nouveau mot de passe
signin-setting-password = Définition du mot de passe…
signin-error-no-server = Saisissez l’adresse du serveur de votre entreprise : le jeton seul ne l’indique pas.
signin-error-no-email = Saisissez votre e-mail professionnel, pour vous connecter une fois le mot de passe défini.
# $activated: the server's confirmation that the password is set; $error: why signing in failed.
signin-activated-not-signed-in = { $activated } La connexion n’a pas encore abouti : { $error }

## Demo
signin-or-demo = ou essayez la démo
signin-try-demo = Essayer la démo
signin-demo-employee = Salarié
signin-demo-employee-text = Pointer au siège, demander un congé, consulter ses bulletins de paie
signin-demo-manager = Responsable
signin-demo-manager-text = Valider les congés et suivre la présence de l’équipe
signin-demo-hr = RH
signin-demo-hr-text = Tout ce qui précède, plus la paie et les équipements
signin-demo-note = La démo fait tourner une entreprise fictive sur cet appareil. Aucun compte nécessaire.
