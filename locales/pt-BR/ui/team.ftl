# The Team attendance screen (ui/src/screens/Team.svelte).

team-subtitle = Quem está presente, quem está atrasado e cada registro de entrada no período.
team-export = Exportar CSV
# $count: records written; $path: the file they were written to.
team-exported = { $count ->
    [one] { $count } registro exportado para { $path }
   *[other] { $count } registros exportados para { $path }
}
# The summary of today, and the button that shows only today's records.
team-today = Hoje
team-in-now = Presentes agora
team-late-today = Atrasados hoje
team-checked-out = Saíram
team-records = Registros
team-quick-range = Período rápido
# The last $count days, today included.
team-last-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
team-from = De
team-to = Até
team-range-invalid = A data inicial deve ser igual ou anterior à data final.
# Mid-sentence, in the message shown before the company's data first reaches the device.
team-first-fill = o ponto da sua equipe
team-empty-title = Nenhum registro neste período
team-empty-body = Só as duas últimas semanas ficam guardadas neste dispositivo.
team-col-employee = Colaborador
team-col-day = Dia
# The check-in and check-out times' column headings (and labels on a phone).
team-in = Entrada
team-out = Saída
team-col-worked = Trabalhado
team-col-status = Status
team-late = Atrasado
# The badge of someone checked in now.
team-badge-in = Presente
team-mock-location = Localização falsa
team-pending-sync = Sincronização pendente
# $first–$last: the records shown; $total: all records in the range.
team-pager = { $first }–{ $last } de { $total }
team-previous = Anterior
team-next = Próxima
