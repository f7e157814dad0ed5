import type { Translation } from '../types';
import type { uiReturns as en } from '../en/ui-returns';

export const uiReturns: Translation<typeof en> = {
  'ui-returns.title': 'Zwroty',

  'ui-returns.amount': '{amount, number, ::.00}',

  'ui-returns.condition.new': 'Nowy, zaplombowany',
  'ui-returns.condition.opened': 'Otwarty, jak nowy',
  'ui-returns.condition.used': 'Używany, sprawny',
  'ui-returns.condition.damaged': 'Uszkodzony',
  'ui-returns.condition.defective': 'Wadliwy',
  'ui-returns.conditionCode':
    '{condition, select, new {nowy} opened {otwarty} used {używany} damaged {uszkodzony} defective {wadliwy} other {{condition}}}',

  'ui-returns.reason.defective': 'Wadliwy',
  'ui-returns.reason.damagedInTransit': 'Uszkodzony w transporcie',
  'ui-returns.reason.wrongItem': 'Wysłano niewłaściwy towar',
  'ui-returns.reason.notAsDescribed': 'Niezgodny z opisem',
  'ui-returns.reason.noLongerNeeded': 'Już niepotrzebny',
  'ui-returns.reason.other': 'Inny',

  'ui-returns.column.line': 'Pozycja',
  'ui-returns.column.sku': 'SKU',
  'ui-returns.column.product': 'Produkt',
  'ui-returns.column.shipped': 'Wysłano',
  'ui-returns.column.returned': 'Zwrócono',
  'ui-returns.column.serial': 'Numer seryjny',
  'ui-returns.column.condition': 'Stan',
  'ui-returns.column.putAway': 'Rozlokowanie',
  'ui-returns.column.credit': 'Kwota zwrotu',

  'ui-returns.find.reason': 'Powód zwrotu',
  'ui-returns.find.prompt': 'Zeskanuj lub wpisz numer zamówienia albo numer RMA — lub numer seryjny zwróconej sztuki.',
  'ui-returns.find.created': 'Otwarto {rma} dla {order}.',
  'ui-returns.find.noMatch': 'Żadne zamówienie, RMA ani wysłany numer seryjny nie pasuje do {code}.',
  'ui-returns.find.opening': 'Otwieranie {rma}.',
  'ui-returns.find.returnsOf': 'Zwroty zamówienia {order}',
  'ui-returns.find.returnOfOrder': 'Otwórz {rma} — {units, plural, one {# sztuka} few {# sztuki} many {# sztuk} other {# sztuki}} ({status})',
  'ui-returns.find.openReturns': 'Otwarte zwroty',
  'ui-returns.find.openReturn':
    'Otwórz {rma} — zamówienie {order} — {units, plural, one {# sztuka} few {# sztuki} many {# sztuk} other {# sztuki}} — od {since}',

  'ui-returns.wizard.back': 'Wróć do zwrotów',
  'ui-returns.wizard.order': 'zamówienie {order}',
  'ui-returns.wizard.reason':
    'powód: {reason, select, defective {wadliwy} damaged_in_transit {uszkodzony w transporcie} wrong_item {niewłaściwy towar} not_as_described {niezgodny z opisem} no_longer_needed {już niepotrzebny} other {{reason}}}',
  'ui-returns.wizard.validationOn': 'numery seryjne muszą pochodzić z wysyłki tego zamówienia',
  'ui-returns.wizard.validationOff': 'sprawdzanie numerów seryjnych wyłączone',
  'ui-returns.wizard.condition': 'Stan następnej sztuki',
  'ui-returns.wizard.unitsReturned': 'Zwrócone sztuki',
  'ui-returns.wizard.complete': 'Wszystkie wysłane sztuki z {order} wróciły: rozlokuj je i zamknij RMA.',
  'ui-returns.wizard.cancelPending': 'Anuluj oczekujący produkt',
  'ui-returns.wizard.putAway': 'Rozlokuj i zamknij RMA',
  'ui-returns.wizard.cancelRma': 'Anuluj RMA',
  'ui-returns.wizard.cancelled': '{rma} anulowano: nic nie zostało przyjęte z powrotem.',
  'ui-returns.wizard.restocked':
    '{restocked, plural, one {# sztuka wróciła} few {# sztuki wróciły} many {# sztuk wróciło} other {# sztuki wróciło}} na stan, {quarantined, number} w kwarantannie; kwota zwrotu {credit, number, ::.00}. {rma} zamknięto.',

  'ui-returns.lines.orderLines': 'Pozycje zamówienia',
  'ui-returns.lines.returnedUnits': 'Zwrócone sztuki',
  'ui-returns.lines.none': 'Nie zeskanowano jeszcze żadnej sztuki.',
  'ui-returns.lines.putAwayAt': '{disposition, select, restock {Na stanie} other {W kwarantannie}} w {location}',
  'ui-returns.lines.waiting': 'Oczekuje',
  'ui-returns.lines.creditTotal': 'Suma zwrotu',

  'ui-returns.cancel.title': 'Anulować {rma}?',
  'ui-returns.cancel.nothingScanned': 'Na {rma} nic nie zeskanowano.',
  'ui-returns.cancel.undo':
    '{units, plural, one {# sztuka zeskanowana na {rma} wraca} few {# sztuki zeskanowane na {rma} wracają} many {# sztuk zeskanowanych na {rma} wraca} other {# sztuki zeskanowanej na {rma} wraca}} do stanu „wysłane” w {order}: zwrot zostaje cofnięty w rejestrze.',
  'ui-returns.cancel.keep': 'Zachowaj RMA',
  'ui-returns.cancel.confirm': 'Anuluj RMA',

  'ui-returns.restock.title': 'Rozlokuj {rma}',
  'ui-returns.restock.noCondition': 'stan nieokreślony',
  'ui-returns.restock.backInStock': 'Z powrotem na stan',
  'ui-returns.restock.quarantine': 'Kwarantanna',
  'ui-returns.restock.hint': 'Bez magazynu sztuki wracają do magazynu zamówienia; sztuki w kwarantannie nie trafiają do lokalizacji.',
  'ui-returns.restock.submit': 'Rozlokuj i zamknij',
  'ui-returns.restock.cancel': 'Anuluj',

  'ui-returns.memo.title': 'Nota kredytowa {rma}',
  'ui-returns.memo.order': 'Zamówienie {order}',
  'ui-returns.memo.line': '{qty, number} × {sku}{serial} po {price} = {amount, number, ::.00}{disposition}',
  'ui-returns.memo.serial': '(numer seryjny {serial})',
  'ui-returns.memo.noPrice': 'bez ceny',
  'ui-returns.memo.restocked': 'na stanie',
  'ui-returns.memo.quarantined': 'w kwarantannie',
  'ui-returns.memo.total': 'Suma zwrotu {total, number, ::.00}',
};
